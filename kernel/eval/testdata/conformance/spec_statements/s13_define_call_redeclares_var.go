package main

import (
	"fmt"
	"strconv"
)

// a, b := f() with a declared before in the same block assigns a: a
// closure made before (here, passed to f) reads the variable it assigns.
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
}
