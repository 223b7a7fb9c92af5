package main

import (
	"fmt"
	"strings"
)

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func makeAccumulators() (add func(int), get func() int, reset func()) {
	total := 0
	add = func(n int) { total += n }
	get = func() int { return total }
	reset = func() { total = 0 }
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

type op struct {
	name string
	fn   func(float64, float64) float64
}

func main() {
	next := intSeq()
	fmt.Println(next(), next(), next())
	other := intSeq()
	fmt.Println(other(), next())
	add, get, reset := makeAccumulators()
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println(get())
	reset()
	add(7)
	fmt.Println(get())
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
	shout := compose(strings.TrimSpace, strings.ToUpper)
	exclaim := compose(shout, func(s string) string { return s + "!" })
	fmt.Println(exclaim("  hey  "))
	lenOf := compose(exclaim, func(s string) int { return len(s) })
	fmt.Println(lenOf(" ab "))
	ops := []op{
		{"add", func(a, b float64) float64 { return a + b }},
		{"sub", func(a, b float64) float64 { return a - b }},
		{"pow", func(a, b float64) float64 {
			r := 1.0
			for range int(b) {
				r *= a
			}
			return r
		}},
	}
	for _, o := range ops {
		fmt.Printf("%s(2,10)=%g ", o.name, o.fn(2, 10))
	}
	fmt.Println()
	counters := map[string]func() int{}
	for _, k := range []string{"a", "b"} {
		counters[k] = intSeq()
	}
	counters["a"]()
	counters["a"]()
	fmt.Println(counters["a"](), counters["b"]())
	x := 10
	incX := func() { x++ }
	incX()
	incX()
	fmt.Println(x)
	funcs := [3]func() string{}
	for i := range funcs {
		funcs[i] = func() string { return strings.Repeat("*", i+1) }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	func() {
		y := 1
		defer func() { fmt.Println("deferred sees y =", y) }()
		y = 2
	}()
	adder := func(base int) func(int) int {
		return func(n int) int { base += n; return base }
	}(100)
	adder(1)
	fmt.Println(adder(10))
}
