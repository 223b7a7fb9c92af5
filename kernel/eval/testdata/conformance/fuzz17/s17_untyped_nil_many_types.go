package main

import (
	"errors"
	"fmt"
	"io"
)

// Untyped nil given, in one function, to pointers, interfaces of the
// standard library and of the program, funcs, maps, slices and channels:
// each nil has the type of its place.
type Shape interface{ Area() float64 }

func pick(i int) (error, *int, Shape, func() int, map[string]int, []byte, chan int) {
	if i > 0 {
		return errors.New("x"), &i, nil, func() int { return i }, map[string]int{}, []byte{1}, make(chan int)
	}
	return nil, nil, nil, nil, nil, nil, nil
}

func main() {
	var p []*int
	p = append(p, nil)
	var e []error
	e = append(e, nil, io.EOF)
	var s []Shape
	s = append(s, nil)
	var f []func() int
	f = append(f, nil)
	var m []map[string]int
	m = append(m, nil)
	var a []any
	a = append(a, nil, 1)
	fmt.Println(len(p), p[0] == nil, len(e), e[0] == nil, e[1], len(s), s[0] == nil, f[0] == nil, m[0] == nil, a[0] == nil)
	err, ip, sh, fn, mp, bs, ch := pick(0)
	fmt.Println(err == nil, ip == nil, sh == nil, fn == nil, mp == nil, bs == nil, ch == nil)
	err, ip, sh, fn, mp, bs, ch = pick(2)
	fmt.Println(err, *ip, sh == nil, fn(), mp != nil, len(bs), cap(ch))
	var q *int = nil
	var r io.Reader = nil
	fmt.Printf("%v %v %T %T\n", q, r, q, r)
}
