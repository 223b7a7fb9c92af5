package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

// A []byte (a 32-byte buffer: cap 32) read by a closure passed to a func,
// by a copied closure, and by a deferred one.
func main() {
	var a []byte
	a = append(a, 'x')
	apply(func() { fmt.Println("a", len(a), cap(a)) })
	var b []byte
	b = append(b, "hello"...)
	b = append(b, '!')
	show := func() { fmt.Println("b", len(b), cap(b), string(b)) }
	r := show
	r()
	var c []byte
	c = append(c, 1, 2, 3)
	defer func() { fmt.Println("c", len(c), cap(c)) }()
}
