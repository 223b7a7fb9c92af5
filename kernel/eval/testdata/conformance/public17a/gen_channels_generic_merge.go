package main

import (
	"fmt"
	"sort"
	"sync"
)

func Generate[T any](vals ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
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

func Collect[T any](ch <-chan T) []T {
	var r []T
	for v := range ch {
		r = append(r, v)
	}
	return r
}

func main() {
	got := Collect(Merge(Generate(1, 2, 3), Generate(10, 20), Generate[int]()))
	sort.Ints(got)
	fmt.Println(got)
	words := Collect(Merge(Generate("b", "a"), Generate("c")))
	sort.Strings(words)
	fmt.Println(words)
	type pair struct {
		k string
		v int
	}
	ps := Collect(Generate(pair{"x", 1}, pair{"y", 2}))
	fmt.Printf("%+v\n", ps)
}
