package main

import (
	"fmt"
	"sort"
)

func Generate[T any](vals ...T) <-chan T {
	ch := make(chan T, len(vals))
	for _, v := range vals {
		ch <- v
	}
	close(ch)
	return ch
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

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func FanIn[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	done := make(chan struct{})
	for _, c := range chans {
		go func(c <-chan T) {
			for v := range c {
				out <- v
			}
			done <- struct{}{}
		}(c)
	}
	go func() {
		for range chans {
			<-done
		}
		close(out)
	}()
	return out
}

type Sendable[T any] interface{ ~chan T | ~chan<- T }

func SendAll[C Sendable[T], T any](c C, vals ...T) {
	for _, v := range vals {
		c <- v
	}
}

func main() {
	evens := Collect(Filter(Generate(1, 2, 3, 4, 5, 6), func(n int) bool { return n%2 == 0 }))
	fmt.Println(evens)
	words := Collect(FanIn(Generate("b", "a"), Generate("d"), Generate[string]()))
	sort.Strings(words)
	fmt.Println(words)
	c := make(chan float64, 3)
	SendAll(c, 1.5, 2.5)
	var so chan<- float64 = c
	SendAll(so, 3.5)
	close(c)
	fmt.Println(Collect(c))
	var ro <-chan int = Generate(7)
	v, ok := <-ro
	fmt.Println(v, ok, len(ro), cap(ro))
	fmt.Printf("%T %T\n", ro, so)
}
