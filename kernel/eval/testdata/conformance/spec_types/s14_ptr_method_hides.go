package main

import "fmt"

type Base struct{}

func (Base) Name() string { return "base" }

type Outer struct{ Base }

func (*Outer) Name() string { return "outer" }

type Namer interface{ Name() string }

type Deep struct{ Outer }

func main() {
	var v any = Outer{}
	_, ok := v.(Namer)
	fmt.Println("Outer value Namer:", ok)
	var p any = &Outer{}
	n, ok := p.(Namer)
	fmt.Println("*Outer Namer:", ok, n.Name())
	var d any = Deep{}
	_, ok = d.(Namer)
	fmt.Println("Deep value Namer:", ok)
	dn, ok := any(&Deep{}).(Namer)
	fmt.Println("*Deep Namer:", ok, dn.Name())
	switch v.(type) {
	case Namer:
		fmt.Println("namer")
	default:
		fmt.Println("not a namer")
	}
}
