package main

import (
	"fmt"
	"strconv"
)

// a, b := f() and a, b := x, y with a declared before in the same block
// assign a: a closure or a pointer made before (here, given to f) reads
// the variable they assign.
// Split into cells, main's body is a cell's top level, where var declares
// a package-level variable.

func memo(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, func() int { return calls }
}

func main() {
	var fib func(int) int
	fib, calls := memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls())

	var total int
	add := func(d int) { total += d }
	total, err := strconv.Atoi("40")
	add(2)
	fmt.Println(total, err)

	var p *int
	get := func() int { return *p }
	p, ok := new(int), true
	*p = 7
	fmt.Println(get(), ok)

	sum := 60
	ps := &sum
	sum, more := 7, 2
	fmt.Println(*ps, sum, more)

	var c int
	pc := &c
	show := func() int { return c }
	c, d := 3, 4
	fmt.Println(*pc, show(), c, d)

	n, err := strconv.Atoi("5")
	pn := &n
	n, err2 := strconv.Atoi("6")
	fmt.Println(*pn, n, err, err2)
}
