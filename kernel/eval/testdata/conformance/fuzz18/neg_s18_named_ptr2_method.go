package main

import "fmt"

// A defined type of a defined pointer type (type IP2 IP) is a pointer type
// without methods too: p.n is a field, p.V is undefined. The engine's
// compiler panicked on p.n (a linked type over the pointer type).
type Inner struct{ n int }

func (i Inner) V() int { return i.n }

type IP *Inner
type IP2 IP

func main() {
	p := IP2(&Inner{5})
	fmt.Println(p.n)
	var x any = p
	_, ok := x.(interface{ V() int })
	fmt.Println(ok)
	fmt.Println(p.V())
}
