package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func accumulate(start float64) (add func(float64) float64, reset func()) {
	total := start
	add = func(x float64) float64 { total += x; return total }
	reset = func() { total = start }
	return
}

type op func(int) int

func compose(fs ...op) op {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func once(f func() string) func() string {
	var done bool
	var v string
	return func() string {
		if !done {
			v, done = f(), true
		}
		return v
	}
}

func main() {
	f := fibGen()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	g := fibGen()
	fmt.Println(g(), g(), f())

	add, reset := accumulate(100)
	add(10)
	add(-2.5)
	fmt.Println(add(0))
	reset()
	fmt.Println(add(1))

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))

	mul := curry(func(a, b int) int { return a * b })
	triple := mul(3)
	fmt.Println(triple(7), mul(2)(21))

	n := 0
	expensive := once(func() string { n++; return fmt.Sprint("computed ", n) })
	fmt.Println(expensive(), expensive(), n)

	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		c := 0
		counters[name] = func() int { c++; return c }
	}
	counters["a"]()
	counters["a"]()
	fmt.Println(counters["a"](), counters["b"]())

	var recur func(int) []int
	recur = func(k int) []int {
		if k == 0 {
			return nil
		}
		return append(recur(k-1), k*k)
	}
	fmt.Println(recur(6))
}
