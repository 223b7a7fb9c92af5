package main

import "fmt"

// The buffer's capacity is 32 bytes' worth of elements: sizes 1, 2, 4, 8, 16, 3 and 12.

type T16 struct{ a, b int64 }
type T3 [3]byte
type T12 struct{ a, b, c int32 }

func sizes() {
	var a []int8
	a = append(a, 1)
	var b []int16
	b = append(b, 1)
	var c []int32
	c = append(c, 1)
	var d []float64
	d = append(d, 1)
	var e []T16
	e = append(e, T16{})
	var f []T3
	f = append(f, T3{})
	var g []T12
	g = append(g, T12{})
	fmt.Println(cap(a), cap(b), cap(c), cap(d), cap(e), cap(f), cap(g))
}

func main() { sizes() }
