package main

import (
	"fmt"
	"sort"
)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for i := 0; i < 6; i += 2 {
		fs = append(fs, func() int { return i })
		i-- // modifies this iteration's copy; next iteration starts from it
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(ptrs[0] != ptrs[1])
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	var getters []func() string
	for k, v := range m {
		getters = append(getters, func() string { return fmt.Sprint(k, v) })
	}
	var res []string
	for _, g := range getters {
		res = append(res, g())
	}
	sort.Strings(res)
	fmt.Println(res)
	// closure mutating captured per-iteration var
	var incs []func() int
	for i := 10; i < 13; i++ {
		incs = append(incs, func() int { i++; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2](), incs[2]())
	// counter generators
	gen := func(start int) (func() int, func()) {
		n := start
		return func() int { n++; return n }, func() { n = start }
	}
	next, reset := gen(5)
	next()
	next()
	fmt.Print(next(), " ")
	reset()
	fmt.Println(next())
	// shared variable declared outside
	var shared int
	var adders []func()
	for _, d := range []int{1, 10, 100} {
		adders = append(adders, func() { shared += d })
	}
	for _, a := range adders {
		a()
		a()
	}
	fmt.Println(shared)
	// defer in loop capturing
	func() {
		for i := range 3 {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()
	// recursive closure via var
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(80), len(memo))
	// shadowing in nested scopes
	x := 1
	if x := 2; x > 1 {
		x := x * 10
		fmt.Print(x, " ")
	} else if y := x + 1; y > 0 {
		fmt.Print(y)
	}
	{
		x := "inner"
		_ = x
	}
	fmt.Println(x)
}
