package main

import "fmt"

func Memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
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

func main() {
	var fib func(int) int
	mfib, misses := Memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fib = mfib
	fmt.Println(fib(50), *misses)
	sq, m2 := Memoize(func(s string) int { return len(s) * len(s) })
	fmt.Println(sq("abc"), sq("abc"), sq("ab"), *m2)
}
