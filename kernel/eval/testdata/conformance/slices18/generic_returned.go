package main

import "fmt"

//go:noinline
func Collect[T any](n int, f func(int) T) []T {
	var out []T
	for i := 0; i < n; i++ {
		out = append(out, f(i))
	}
	return out
}

//go:noinline
func Filter[T any](in []T, keep func(T) bool) []T {
	var out []T
	for _, v := range in {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	for n := 0; n <= 5; n++ {
		a := Collect(n, func(i int) int { return i * 2 })
		b := Collect(n, func(i int) byte { return byte(i) })
		c := Collect(n, func(i int) string { return fmt.Sprint(i) })
		fmt.Println(n, a, cap(a), cap(b), c, cap(c))
	}
	ev := Filter([]int{1, 2, 3, 4, 5, 6, 7}, func(v int) bool { return v%2 == 1 })
	fmt.Println(ev, len(ev), cap(ev))
}
