package main

import "fmt"

func head(xs []int) []int { return xs[:1] }

//go:noinline
func tail(xs []int) []int { return xs[1:] }

func both(xs []int) []int { return head(xs) }

// A func returning a reslice of its parameter, or passing it through
// another such func; the results only read.
func main() {
	var a []int
	a = append(a, 1, 2)
	h := head(a)
	t := tail(a)
	fmt.Println("a", len(a), cap(a), h[0], len(t), cap(t))
	var b []int
	b = append(b, 3)
	bb := both(b)
	for _, v := range bb {
		fmt.Println("b", v, len(b), cap(b))
	}
}
