package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

type p1 struct{ a int }
type p2 struct{ a, b int }
type p3 struct{ a, b, c int }
type p5 struct{ a, b, c, d, e int }

// Slices of structs of 8, 16, 24 and 40 bytes read by a closure passed to
// a func: cap 32/size, none above 32 bytes.
func main() {
	var a []p1
	a = append(a, p1{1})
	var b []p2
	b = append(b, p2{1, 2})
	var c []p3
	c = append(c, p3{})
	var d []p5
	d = append(d, p5{})
	apply(func() {
		fmt.Println(len(a), cap(a), len(b), cap(b))
		fmt.Println(len(c), cap(c), len(d), cap(d))
	})
}
