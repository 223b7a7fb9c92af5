package main

import "fmt"

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	Y int
}
type D struct {
	C
	X string
}

func (A) Hello() string { return "A" }
func (C) Hello() string { return "C" }

func main() {
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.A.X, c.B.X, c.Y, c.Hello(), c.A.Hello())
	d := D{c, "top"}
	fmt.Println(d.X, d.C.A.X, d.Hello(), d.Y)
	fmt.Printf("%+v\n", d)
}
