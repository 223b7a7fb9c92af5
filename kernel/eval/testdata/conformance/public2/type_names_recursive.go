package main

import "fmt"

type L[T any] struct {
	v    T
	next *L[T]
}
type R struct {
	v    int
	next *R
}
type P[A, B any] struct {
	a    A
	b    B
	next *P[A, B]
}
type Q[A, B any] struct {
	a A
	b B
}

func main() {
	l := L[int]{1, &L[int]{v: 2}}
	r := R{1, &R{}}
	p := P[int, string]{1, "x", &P[int, string]{a: 2}}
	fmt.Printf("%T %T %T %T\n", l, l.next, &l, l.next.next)
	fmt.Printf("%T %T %T\n", r, r.next, &r)
	fmt.Printf("%T %T %T\n", p, p.next, &p)
	fmt.Printf("%T %T\n", Q[int, bool]{}, &Q[int, bool]{})
	var x any = r.next
	_, ok := x.(*R)
	fmt.Println(ok)
	fmt.Println(fmt.Sprintf("%T", []*R{}))
}
