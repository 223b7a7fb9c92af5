package main

import "fmt"

var calls int

func next() int {
	calls++
	return calls - 1
}

func main() {
	a := []int{1, 1, 1, 1}
	// The index of an op-assignment is evaluated only once.
	a[next()] += 10
	a[next()] *= 5
	fmt.Println(a, calls)

	m := map[string][]int{"x": {1, 2}}
	m["x"][next()%2] += 7
	fmt.Println(m["x"], calls)

	p := &struct{ n int }{3}
	get := func() *struct{ n int } { calls++; return p }
	get().n <<= 2
	fmt.Println(p.n, calls)
}
