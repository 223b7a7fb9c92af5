package main

import "fmt"

type Base struct{ name string }

func (b *Base) SetName(n string) { b.name = n }
func (b Base) Name() string      { return b.name }

type ByValue struct{ Base }
type ByPtr struct{ *Base }

type Namer interface{ Name() string }
type Setter interface{ SetName(string) }

func check(label string, x any) {
	_, n := x.(Namer)
	_, s := x.(Setter)
	fmt.Println(label, n, s)
}

func main() {
	check("ByValue", ByValue{})
	check("*ByValue", &ByValue{})
	check("ByPtr", ByPtr{&Base{}})
	check("*ByPtr", &ByPtr{&Base{}})
	p := ByPtr{&Base{}}
	var s Setter = p // the embedded *Base promotes SetName to the value
	s.SetName("x")
	fmt.Println(p.Name())
}
