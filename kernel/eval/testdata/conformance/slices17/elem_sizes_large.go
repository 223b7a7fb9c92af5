package main

import "fmt"

// Elements of 24, 32, 40 and 64 bytes: a buffer of one element or none, as the heap's growth.

type T24 struct{ a, b, c int64 }
type T32 struct{ a, b, c, d int64 }
type T40 struct{ a, b, c, d, e int64 }
type T64 [8]int64

func sizes() {
	var a []T24
	a = append(a, T24{})
	a = append(a, T24{})
	var b []T32
	b = append(b, T32{})
	b = append(b, T32{})
	var c []T40
	c = append(c, T40{})
	c = append(c, T40{})
	var d []T64
	d = append(d, T64{})
	d = append(d, T64{})
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c), len(d), cap(d))
}

func main() { sizes() }
