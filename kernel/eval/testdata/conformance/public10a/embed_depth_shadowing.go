package main

import "fmt"

type A struct{ Name string }

func (A) Hello() string { return "A.Hello" }
func (A) Who() string   { return "A" }

type B struct{ Name string }

func (B) Who() string { return "B" }

type Inner struct{ A }

type C struct {
	Inner
	B
	Name string // shallowest wins
}

type D struct {
	A
	B
}

func (D) Who() string { return "D resolves the conflict" }

func main() {
	c := C{Inner{A{"deep"}}, B{"b"}, "top"}
	fmt.Println(c.Name, c.Inner.Name, c.B.Name, c.Inner.A.Name)
	fmt.Println(c.Hello(), c.Who(), c.Inner.Who())
	d := D{A{"a"}, B{"b"}}
	fmt.Println(d.Who(), d.A.Who(), d.B.Who(), d.A.Name)
	type Whoer interface{ Who() string }
	var w Whoer = d
	fmt.Println(w.Who())
	_, ok := interface{}(c).(Whoer) // B.Who (depth 1) hides Inner.A.Who (depth 2)
	fmt.Println(ok)
}
