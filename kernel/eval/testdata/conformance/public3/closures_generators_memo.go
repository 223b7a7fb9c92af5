package main

import (
	"fmt"
	"strings"
)

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func curryAdd(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}

type Middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	f := fibGen()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	slowSquare := func(n int) int { return n * n }
	sq, misses := memoize(slowSquare)
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("misses:", *misses)
	lenOfUpper := compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(lenOfUpper("héllo"))
	fmt.Println(curryAdd(1)(2)(3))
	logged := func(next func(string) string) func(string) string {
		return func(s string) string { return "[" + next(s) + "]" }
	}
	upper := func(next func(string) string) func(string) string {
		return func(s string) string { return next(strings.ToUpper(s)) }
	}
	h := chain(func(s string) string { return "hi " + s }, logged, upper)
	fmt.Println(h("bob"))
	counter := 0
	incr := func() func() {
		return func() { counter++ }
	}()
	incr()
	incr()
	fmt.Println(counter)
	var recur func(int) string
	recur = func(n int) string {
		if n == 0 {
			return "0"
		}
		return fmt.Sprint(n) + "," + recur(n-1)
	}
	fmt.Println(recur(5))
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](1), adders["add10"](1), adders["add100"](1))
}
