package main

import "fmt"

// A defined pointer type (type IP *Inner) has an empty method set: a
// value of it held in an interface implements no interface with Inner's
// or *Inner's methods (the engine's assertions succeeded, from the
// methods of *Inner). Its fields are reached through it, and a
// conversion to *Inner gives the methods back.
type Inner struct{ n int }

func (i Inner) V() int  { return i.n }
func (i *Inner) P() int { return i.n + 1 }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type IP *Inner
type BoxPtr *Box[int]
type IP2 IP

type VP interface {
	V() int
	P() int
}

func main() {
	var x any = IP(&Inner{3})
	_, okV := x.(interface{ V() int })
	_, okP := x.(interface{ P() int })
	var y any = BoxPtr(&Box[int]{4})
	_, okG := y.(interface{ Get() int })
	var z any = IP2(&Inner{6})
	_, okZ := z.(VP)
	fmt.Println(okV, okP, okG, okZ)
	fmt.Printf("%T %T %T\n", x, y, z)

	p := IP(&Inner{5})
	p.n++
	q := (*Inner)(p)
	var vp VP = q
	fmt.Println(p.n, q.V(), q.P(), vp.V(), (*Inner).P(p), Inner.V(*p))
	_, back := any(q).(VP)
	fmt.Println(back)

	switch v := x.(type) {
	case VP:
		fmt.Println("VP", v.V())
	case IP:
		fmt.Println("IP", v.n)
	}
}
