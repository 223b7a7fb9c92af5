package main

import "fmt"

func memoize(f func(int) int) func(int) int {
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

func main() {
	var fib func(int) int
	fib = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80))
	inc := func(x int) int { return x + 1 }
	toStr := func(x int) string { return fmt.Sprintf("<%d>", x) }
	fmt.Println(compose(inc, toStr)(41))
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(10), add(1)(2))
	var ackermann func(m, n int) int
	ackermann = func(m, n int) int {
		switch {
		case m == 0:
			return n + 1
		case n == 0:
			return ackermann(m-1, 1)
		}
		return ackermann(m-1, ackermann(m, n-1))
	}
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	fmt.Println(even(10), odd(7), even(3))
	depth := 0
	var deep func(int) int
	deep = func(n int) int {
		if n == 0 {
			return 0
		}
		depth++
		return 1 + deep(n-1)
	}
	fmt.Println(deep(3000), depth)
}
