package main

import (
	"fmt"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func main() {
	sq := MapChan(Generate(1, 2, 3), func(n int) int { return n * n })
	fmt.Println(Collect(sq))
	total := 0
	for v := range Merge(Generate(1, 2), Generate(10, 20, 30)) {
		total += v
	}
	fmt.Println(total)
	fmt.Println(Collect(MapChan(Generate("a", "b"), func(s string) string { return s + s })))
}
