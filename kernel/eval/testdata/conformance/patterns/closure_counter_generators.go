package main

import "fmt"

func idGen(prefix string) func() string {
	n := 0
	return func() string {
		n++
		return fmt.Sprintf("%s-%03d", prefix, n)
	}
}

func rangeIter(lo, hi, step int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

type Middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func wrap(tag string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string { return "<" + tag + ">" + next(s) + "</" + tag + ">" }
	}
}

func main() {
	a, b := idGen("user"), idGen("order")
	fmt.Println(a(), a(), b(), a())
	next := rangeIter(0, 10, 3)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	h := chain(func(s string) string { return s }, wrap("b"), wrap("i"))
	fmt.Println(h("text"))
	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(x int) int { return x + i*10 }
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))
}
