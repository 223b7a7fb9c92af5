package main

import (
	"fmt"
	"strings"
	"sync"
)

func Generate[T any](done <-chan struct{}, xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			select {
			case out <- x:
			case <-done:
				return
			}
		}
	}()
	return out
}

func Map[T, U any](done <-chan struct{}, in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-done:
				return
			}
		}
	}()
	return out
}

func Filter[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func Take[T any](in <-chan T, n int) []T {
	var out []T
	for v := range in {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func Tee[T any](in <-chan T) (<-chan T, <-chan T) {
	a, b := make(chan T), make(chan T)
	go func() {
		defer close(a)
		defer close(b)
		for v := range in {
			a, b := a, b
			for i := 0; i < 2; i++ {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				}
			}
		}
	}()
	return a, b
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)
	words := Generate(done, "go", "rust", "zig", "python", "c", "haskell")
	upper := Map(done, words, strings.ToUpper)
	long := Filter(upper, func(s string) bool { return len(s) > 2 })
	fmt.Println(Take(long, 10))
	lens := Map(done, Generate(done, "a", "bb", "ccc"), func(s string) int { return len(s) })
	fmt.Println(Collect(lens))
	x, y := Tee(Generate(done, 1, 2, 3, 4))
	var wg sync.WaitGroup
	var xs, ys []int
	wg.Add(2)
	go func() { defer wg.Done(); xs = Collect(x) }()
	go func() { defer wg.Done(); ys = Collect(y) }()
	wg.Wait()
	fmt.Println(xs, ys)
}
