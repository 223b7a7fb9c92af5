// Generic channel helpers: Generate, Merge (fan-in with a WaitGroup),
// Batch, and a directional Pipe stage; results sorted for a stable output.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func Generate[T any](vs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vs {
			ch <- v
		}
	}()
	return ch
}

func Merge[T any](chs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chs))
	for _, c := range chs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Pipe[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 1)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Batch[T any](in <-chan T, size int) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		var b []T
		for v := range in {
			b = append(b, v)
			if len(b) == size {
				out <- b
				b = nil
			}
		}
		if len(b) > 0 {
			out <- b
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
	merged := Collect(Merge(Generate(1, 2, 3), Generate(10, 20), Generate[int]()))
	slices.Sort(merged)
	fmt.Println(merged)
	sq := Collect(Pipe(Generate(1, 2, 3, 4), func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(sq)
	fmt.Println(Collect(Batch(Generate("a", "b", "c", "d", "e"), 2)))
	var dir chan<- []int = make(chan []int, 1)
	dir <- []int{1}
	fmt.Println(len(dir), cap(dir))
}
