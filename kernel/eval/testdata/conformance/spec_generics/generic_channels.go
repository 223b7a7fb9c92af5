package main

import (
	"fmt"
	"sort"
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
		for x := range in {
			out <- f(x)
		}
	}()
	return out
}

func Merge[T any](chs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chs {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for x := range c {
				out <- x
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for x := range ch {
		out = append(out, x)
	}
	return out
}

func main() {
	sq := Collect(MapChan(Generate(1, 2, 3), func(x int) int { return x * x }))
	fmt.Println(sq)
	all := Collect(Merge(Generate("a", "b"), Generate("c")))
	sort.Strings(all)
	fmt.Println(all)
}
