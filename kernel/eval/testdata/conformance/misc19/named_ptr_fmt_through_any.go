package main

import (
	"fmt"
	"strings"
)

// A value of a defined pointer type whose pointee has a String method,
// reached through an interface (any, a []any, a func's result, a struct
// field of type any), and a changed pointee seen through it.
type Inner struct{ n int }

func (i Inner) String() string { return fmt.Sprint("inner", i.n) }

type IP *Inner

type Box struct {
	V   any
	Tag string
}

func get(n int) IP { return &Inner{n} }

func getAny(n int) any { return IP(&Inner{n}) }

func main() {
	p := get(1)
	fmt.Println(p, get(2), getAny(3))
	fmt.Printf("%v %s %T\n", get(4), getAny(5), getAny(6))
	var x any = p
	fmt.Println(x)
	(*p).n = 10
	fmt.Println(x, p)
	xs := []any{p, get(7), nil, IP(nil)}
	fmt.Println(xs...)
	fmt.Printf("%v %v %v %v\n", xs...)
	b := Box{p, "t"}
	s := fmt.Sprintf("%v %+v", b, b)
	fmt.Println(strings.Count(s, "0x"), strings.Contains(s, "inner"))
	m := map[string]any{"k": p}
	s = fmt.Sprint(m)
	fmt.Println(strings.HasPrefix(s, "map[k:0x"))
	_, isStringer := x.(fmt.Stringer)
	ip, isIP := x.(IP)
	fmt.Println(isStringer, isIP, ip == p, ip.n)
	q := &p
	fmt.Println(strings.HasPrefix(fmt.Sprint(q), "0x"), **q)
}
