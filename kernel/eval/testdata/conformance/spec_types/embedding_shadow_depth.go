package main

import "fmt"

type A struct{}

func (A) Hello() string { return "A.Hello" }
func (A) Name() string  { return "A" }

type B struct{ A }

func (B) Name() string { return "B" }

type C struct {
	B
	Name2 string
}

type D struct {
	C
}

func (d D) Hello() string { return "D.Hello > " + d.C.Hello() }

func main() {
	var d D
	fmt.Println(d.Hello())
	fmt.Println(d.Name(), d.B.Name(), d.A.Name(), d.C.B.A.Name())
	var n interface{ Name() string } = d
	fmt.Println(n.Name())
	var h interface{ Hello() string } = d.C
	fmt.Println(h.Hello())
}
