package main

import (
	"fmt"
	"strings"
)

func counter() (inc func() int, get func() int) {
	c := 0
	inc = func() int { c++; return c }
	get = func() int { return c }
	return
}

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

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
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
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	inc2, get2 := counter()
	inc2()
	fmt.Println(get(), get2())
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80), calls)
	fmt.Println(fib(80), calls)
	toUpperLen := compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(toUpperLen("héllo"))
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(1), add(2)(3))
	logM := func(tag string) Middleware {
		return func(next func(string) string) func(string) string {
			return func(s string) string { return tag + "(" + next(s) + ")" }
		}
	}
	h := chain(strings.TrimSpace, logM("a"), logM("b"), logM("c"))
	fmt.Println(h("  x  "))
	var acc []func() string
	for _, w := range []string{"x", "y", "z"} {
		acc = append(acc, func() string { return w + w })
	}
	for _, f := range acc {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	gen := func(start, step int) func() int {
		cur := start - step
		return func() int { cur += step; return cur }
	}
	evens := gen(0, 2)
	for i := 0; i < 4; i++ {
		fmt.Print(evens(), " ")
	}
	fmt.Println()
	x := 1
	setX := func(v int) { x = v }
	getX := func() int { return x }
	setX(42)
	fmt.Println(x, getX())
	funcs := map[string]func(...float64) float64{
		"sum": func(xs ...float64) float64 {
			s := 0.0
			for _, x := range xs {
				s += x
			}
			return s
		},
		"max": func(xs ...float64) float64 {
			m := xs[0]
			for _, x := range xs[1:] {
				m = max(m, x)
			}
			return m
		},
	}
	nums := []float64{3, 1.5, 4}
	fmt.Println(funcs["sum"](nums...), funcs["max"](nums...), funcs["sum"]())
	defer func(s string) { fmt.Println("deferred with", s) }(fmt.Sprint("x=", x))
	x = 0
	func() {
		x := "inner"
		defer fmt.Println("inner defer", x)
	}()
}
