package main

import "fmt"

// Types defined through themselves: Go accepts each, as the cycle passes
// through a pointer, slice, map, channel, func or interface.

type P *P

type Arr *[3]Elem // a pointer to an array of a type defined as the pointer
type Elem Arr

type Q *R // two pointer types through each other
type R *Q

type PS *[]PS
type PM *map[string]PM
type AP [2]*AP
type L []*L
type CP chan *CP
type S []S
type M map[string]M
type C chan C
type F func(F) F
type MS map[string][]MS // no pointer on the way

// A struct reached through a chain of defined types of it.
type Ring struct{ next *Ring2 }
type Ring2 Ring3
type Ring3 Ring4
type Ring4 Ring

type A struct{ b *B }
type B struct{ a *A }

type I interface{ Next() J }
type J interface{ Prev() I }
type X struct{ n int }
type Y struct{ n int }

func (x X) Next() J { return Y{x.n + 1} }
func (y Y) Prev() I { return X{y.n * 10} }

type List[T any] struct {
	v    T
	next *List[T]
}

type Tree[T any] struct {
	kids []Tree[T]
	v    T
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func pointers() {
	var p P
	p = &p
	fmt.Println(p != nil, *p == p, **p == p)
	fmt.Printf("%T\n", p)

	arr := &[3]Elem{}
	a := Arr(arr)
	arr[1] = Elem(a)
	fmt.Println(a[0] == nil, a[1] == Elem(a), a[1][1] == Elem(a))
	fmt.Printf("%T %T\n", a, a[1])

	var q Q
	var r R = &q
	q = &r
	fmt.Println(*r == q, *q == r, **q == q)

	s := []PS{nil, nil}
	var ps PS = &s
	s[1] = ps
	fmt.Println(len(*ps), (*ps)[0] == nil, len(*(*ps)[1]))

	m := map[string]PM{}
	var pm PM = &m
	m["self"] = pm
	fmt.Println(len(*pm), len(*(*pm)["self"]), (*pm)["none"] == nil)

	var ap AP
	ap[0] = &ap
	fmt.Println(ap[0] == &ap, ap[0][0][0] == &ap, ap[1] == nil)
	fmt.Printf("%T %T\n", ap, ap[0])

	l := L{nil}
	l = append(l, &l)
	fmt.Println(len(l), len(*l[1]), l[0] == nil)

	cp := make(CP, 1)
	cp <- &cp
	fmt.Println(*<-cp == cp)
}

func containers() {
	s := S{nil, S{S{}}}
	fmt.Println(len(s), s[0] == nil, len(s[1]), len(s[1][0]))
	m := M{"a": M{"b": M{}}}
	fmt.Println(len(m), len(m["a"]), m["a"]["b"] != nil, m["x"] == nil)
	c := make(C, 1)
	c <- c
	fmt.Println(<-c == c)
	ms := MS{"k": []MS{{"j": nil}}}
	fmt.Println(len(ms["k"]), len(ms["k"][0]), ms["k"][0]["j"] == nil)
	fmt.Printf("%T %T %T %T\n", s, m, c, ms)
}

func funcs() {
	var f F
	n := 0
	f = func(g F) F {
		n++
		if n < 3 {
			return g(g)
		}
		return g
	}
	fmt.Println(f(f) != nil, n)
}

func structsAndInterfaces() {
	r := &Ring{&Ring2{}}
	r.next.next = &Ring2{}
	fmt.Println(r.next != nil, r.next.next.next == nil)
	a := &A{}
	a.b = &B{a}
	fmt.Println(a.b.a == a, a.b.a.b.a == a)
	var i I = X{1}
	fmt.Println(i.Next().Prev(), i.Next().Prev().Next())
	l := &List[string]{"a", &List[string]{"b", &List[string]{"c", nil}}}
	fmt.Println(l.Len(), l.next.next.v)
	t := Tree[int]{v: 1, kids: []Tree[int]{{v: 2}, {v: 3, kids: []Tree[int]{{v: 4}}}}}
	fmt.Println(len(t.kids), t.kids[1].kids[0].v)
}

func local() {
	// The same shapes declared in a function.
	type LP *LP
	var lp LP
	lp = &lp
	fmt.Println(*lp == lp)
	type LA *[2]LA
	la := LA(&[2]LA{})
	la[0] = la
	fmt.Println(la[0] == la, la[0][0][1] == nil)
	type LS []LS
	ls := LS{LS{}, nil}
	fmt.Println(len(ls), ls[1] == nil)
	type LM map[int]LM
	lm := LM{1: LM{2: nil}}
	fmt.Println(len(lm[1]), lm[1][2] == nil)
	type LF func(int) LF
	var lf LF
	count := 0
	lf = func(k int) LF {
		count += k
		return lf
	}
	lf(1)(2)(3)
	fmt.Println(count)
	type Node struct {
		next *Node
		v    int
	}
	n := &Node{v: 1, next: &Node{v: 2}}
	fmt.Println(n.next.v, n.next.next == nil)
}

func main() {
	pointers()
	containers()
	funcs()
	structsAndInterfaces()
	local()
}
