package main

import (
	"fmt"
	"sort"
)

// A type parameter constrained by a union of channel types of one element
// type (~<-chan T | ~chan T) has a core type, <-chan T: Go infers T from
// the argument, a channel of either direction or a named channel type.
func Collect[T any, C ~<-chan T | ~chan T](c C) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Count[T comparable, C interface{ ~chan T | ~<-chan T }](c C, want T) (n int) {
	for v := range c {
		if v == want {
			n++
		}
	}
	return n
}

type Events chan string

func main() {
	c := make(chan int, 3)
	c <- 3
	c <- 1
	c <- 2
	close(c)
	got := Collect(c)
	sort.Ints(got)
	fmt.Println(got)

	e := make(Events, 3)
	e <- "open"
	e <- "close"
	e <- "open"
	close(e)
	fmt.Println(Count(e, "open"))

	r := make(chan float64, 1)
	r <- 1.5
	close(r)
	var ro <-chan float64 = r
	fmt.Printf("%v %T\n", Collect(ro), Collect(ro))
}
