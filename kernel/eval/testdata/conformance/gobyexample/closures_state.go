package main

import (
	"fmt"
	"strings"
)

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type middleware func(string) string

func chain(ms ...middleware) middleware {
	return func(s string) string {
		for i := len(ms) - 1; i >= 0; i-- {
			s = ms[i](s)
		}
		return s
	}
}

func main() {
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	lenThenDouble := compose(func(s string) int { return len(s) }, func(n int) int { return n * 2 })
	fmt.Println(lenThenDouble("hello"))
	h := chain(strings.ToUpper, func(s string) string { return "<" + s + ">" }, strings.TrimSpace)
	fmt.Println(h("  hi  "))
	counters := make([]func() int, 3)
	for i := range counters {
		n := i * 10
		counters[i] = func() int { n++; return n }
	}
	fmt.Println(counters[0](), counters[0](), counters[2]())
	x := 1
	defer func() { fmt.Println("deferred sees", x) }()
	x = 2
}
