package main

import (
	"fmt"
	"strings"
)

func Source[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func main() {
	words := Source("go", "is", "fun")
	upper := Stage(words, strings.ToUpper)
	lens := Stage(upper, func(s string) string { return fmt.Sprintf("%s:%d", s, len(s)) })
	fmt.Println(Collect(lens))
	nums := Stage(Source(1, 2, 3, 4), func(n int) float64 { return float64(n) / 2 })
	fmt.Println(Collect(nums))
}
