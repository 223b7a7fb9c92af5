package main

import (
	"fmt"
	"strings"
)

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

type Op func(float64) float64

func (o Op) Then(next Op) Op { return func(x float64) float64 { return next(o(x)) } }

func main() {
	inc, get, reset := counter()
	inc()
	inc()
	fmt.Println(get(), inc())
	reset()
	fmt.Println(get())
	f := fibGen()
	var fs []int
	for range 10 {
		fs = append(fs, f())
	}
	fmt.Println(fs)
	var fib func(int) int
	var misses *int
	fib, misses = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), *misses)
	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hey there "))
	double := Op(func(x float64) float64 { return x * 2 })
	addOne := Op(func(x float64) float64 { return x + 1 })
	fmt.Println(double.Then(addOne)(5), addOne.Then(double).Then(double)(5))
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](1), adders["add10"](1), adders["add100"](1))
	x := 10
	show := func() int { return x }
	x = 20
	fmt.Println(show())
	acc := func() func(int) []int {
		var hist []int
		return func(v int) []int { hist = append(hist, v); return hist }
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
}
