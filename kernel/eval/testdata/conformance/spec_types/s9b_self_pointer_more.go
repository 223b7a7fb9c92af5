package main

import (
	"fmt"
	"reflect"
)

// P is a pointer type that is its own element type: a *P is a P.
type P *P

type node struct {
	next P
	name string
}

func depth(p P) int {
	n := 0
	for p != nil && n < 5 {
		p = *p
		n++
	}
	return n
}

func main() {
	var p P
	fmt.Println(p == nil, depth(p))
	var a, b P
	a = &b
	fmt.Println(depth(a), *a == nil, a != nil)
	b = &a
	fmt.Println(depth(a), **a == a, ***a == b)
	q := P(&p)
	p = q
	fmt.Println(*p == p, **p == p, depth(p))
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Kind(), t.Elem() == t, t.Elem().Elem())
	fmt.Printf("%T %T %v\n", p, *p, p == *p)
	n := node{name: "n"}
	n.next = &n.next
	fmt.Println(*n.next == n.next, n.name)
	ps := []P{nil, p}
	fmt.Println(len(ps), ps[0] == nil, ps[1] == p)
	m := map[P]int{p: 1, nil: 2}
	m[*p]++
	fmt.Println(len(m), m[p], m[nil])
	var x any = p
	_, ok := x.(P)
	fmt.Println(ok)
}
