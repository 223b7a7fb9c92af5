package main

import "fmt"

func keep(xs []int) []int { return xs }

//go:noinline
func keepNI(xs []int) []int { return xs }

// A slice given to a func that returns it, whose result is used only by
// len and cap (or discarded), stays in its stack buffer.
func main() {
	var k []int
	k = append(k, 1)
	kept := keep(k)
	fmt.Println("k", len(k), cap(k), len(kept))
	var m []int
	m = append(m, 1, 2)
	fmt.Println("m", len(keepNI(m)), cap(keepNI(m)), cap(m))
	var n []int
	n = append(n, 1)
	keepNI(n)
	fmt.Println("n", len(n), cap(n))
}
