package main

import "fmt"

// Constant declarations whose expressions refer to a constant declared
// earlier in the same spec or group, with iota and implicit repetition.
const (
	e, f = "e", len(e) + iota
	g, h
)

const (
	a, b = iota, len("xy") * iota
	c, d
	_, _
	k, l
)

type Size int

const (
	s0, s1 Size = Size(iota), s0 * 10
	s2, s3
)

const (
	x = iota * 2
	y = x + iota
	z
)

const (
	name, n = "abc", len(name) * (iota + 1)
	long, m
)

const (
	p = 1 << iota
	q
	r = p | q
	t
)

// A constant used before its declaration (package level).
const f2 = len(e2) + iota

const e2 = "later"

func main() {
	fmt.Println(e, f, g, h)
	fmt.Println(a, b, c, d, k, l)
	fmt.Printf("%v %v %v %v %T\n", s0, s1, s2, s3, s3)
	fmt.Println(x, y, z)
	fmt.Println(name, n, long, m)
	fmt.Println(p, q, r, t)
	const (
		u    = 7
		v, w = u + iota, u * iota
		o, _
	)
	fmt.Println(u, v, w, o)
	fmt.Println(e2, f2)
	{
		const iota = 5
		const j = iota * 2
		fmt.Println(j)
	}
}
