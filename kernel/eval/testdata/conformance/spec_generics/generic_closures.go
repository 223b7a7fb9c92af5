package main

import "fmt"

func Counter[T comparable]() (add func(T), get func(T) int) {
	m := map[T]int{}
	add = func(x T) { m[x]++ }
	get = func(x T) int { return m[x] }
	return
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}, &calls
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Accumulate[T int | float64]() func(T) T {
	var total T
	return func(x T) T {
		total += x
		return total
	}
}

func main() {
	add, get := Counter[string]()
	for _, w := range []string{"a", "b", "a", "a"} {
		add(w)
	}
	fmt.Println(get("a"), get("b"), get("z"))

	square, calls := Memo(func(n int) int { return n * n })
	fmt.Println(square(4), square(4), square(5), *calls)

	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 1.5 })
	fmt.Println(lenThenDouble("abcd"))

	acc := Accumulate[float64]()
	acc(1.5)
	fmt.Println(acc(2))
	fs := []func(int) int{}
	for i := range 3 {
		fs = append(fs, func(x int) int {
			return Compose(func(a int) int { return a + i }, func(b int) int { return b * 10 })(x)
		})
	}
	for _, f := range fs {
		fmt.Print(f(1), " ")
	}
	fmt.Println()
}
