package main

import "fmt"

func Repeat[N ~int](n N, f func(N)) {
	for i := range n {
		f(i)
	}
}

func Table[T any](n int, gen func(int) T) []T {
	out := make([]T, 0, n)
	for i := range n {
		out = append(out, gen(i))
	}
	return out
}

type Times int

func Count[N ~uint8](n N) (c int) {
	for range n {
		c++
	}
	return
}

func main() {
	Repeat(3, func(i int) { fmt.Print(i, " ") })
	fmt.Println()
	Repeat(Times(4), func(i Times) { fmt.Printf("%T:%d ", i, i) })
	fmt.Println(Count(uint8(5)))
	var fs []func() string
	for i := range 3 {
		fs = append(fs, func() string { return fmt.Sprint(Table(i, func(j int) int { return j * i })) })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}
