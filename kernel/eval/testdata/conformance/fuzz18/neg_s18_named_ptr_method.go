package main

import "fmt"

// A defined pointer type (type IP *Inner) has no methods: p.V is
// undefined, though (*Inner)(p).V() and p.n are fine. The engine ran
// Inner's method.
type Inner struct{ n int }

func (i Inner) V() int { return i.n }

type IP *Inner

func main() {
	p := IP(&Inner{5})
	fmt.Println(p.n, (*Inner)(p).V())
	fmt.Println(p.V())
}
