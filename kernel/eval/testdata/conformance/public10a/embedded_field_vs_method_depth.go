package main

import "fmt"

type Inner struct{}

func (Inner) Name() string  { return "Inner.Name method" }
func (Inner) Greet() string { return "hello from Inner" }

type Outer struct {
	Inner
	Greet string // a field at depth 0 hides the method at depth 1
}

type Deeper struct {
	Outer
}

func main() {
	o := Outer{Greet: "field value"}
	fmt.Println(o.Greet, o.Name(), o.Inner.Greet())
	d := Deeper{o}
	fmt.Println(d.Greet, d.Name())
	type Namer interface{ Name() string }
	var n Namer = d
	fmt.Println(n.Name())
	type Greeter interface{ Greet() string }
	_, ok := interface{}(o).(Greeter)
	_, okInner := interface{}(o.Inner).(Greeter)
	fmt.Println(ok, okInner)
}
