package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		misses++
		v := f(x)
		cache[x] = v
		return v
	}, &misses
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func main() {
	inc, get, reset := counter()
	inc()
	inc()
	fmt.Println(get(), inc())
	reset()
	fmt.Println(get())
	var fib func(int) int
	slow := func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	var misses *int
	fib, misses = memoize(slow)
	fmt.Println(fib(50), *misses)
	shout := compose(strings.TrimSpace, strings.ToUpper)
	exclaim := compose(shout, func(s string) string { return s + "!" })
	fmt.Println(exclaim("  hello  "))
	pos, neg := adder(), adder()
	for i := 0; i < 5; i++ {
		fmt.Print(pos(i), " ", neg(-2*i), " | ")
	}
	fmt.Println()
	handlers := map[string]func(...string) string{}
	for _, name := range []string{"join", "first", "count"} {
		switch name {
		case "join":
			handlers[name] = func(a ...string) string { return strings.Join(a, "+") }
		case "first":
			handlers[name] = func(a ...string) string { return a[0] }
		case "count":
			handlers[name] = func(a ...string) string { return fmt.Sprint(len(a)) }
		}
	}
	keys := make([]string, 0)
	for k := range handlers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, handlers[k]("x", "y", "z"))
	}
}
