package main

import "fmt"

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	hits := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				hits++
				return v
			}
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return hits
		}
}

func Accumulate[T int | float64]() func(T) T {
	var sum T
	return func(x T) T {
		sum += x
		return sum
	}
}

func main() {
	sq, hits := Memo(func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 2, 4} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println(hits())
	up, h2 := Memo(func(s string) []byte { return []byte(s + "!") })
	fmt.Println(string(up("a")), string(up("a")), h2())
	acc := Accumulate[float64]()
	acc(1.5)
	fmt.Println(acc(2))
	ai := Accumulate[int]()
	for i := range 5 {
		ai(i)
	}
	fmt.Println(ai(0))
}
