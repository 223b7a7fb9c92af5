package main

import (
	"fmt"
	"sort"
	"sync"
)

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
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

func Send[T any](c chan<- T, vs ...T) {
	for _, v := range vs {
		c <- v
	}
	close(c)
}

type Event struct {
	Src string
	N   int
}

func main() {
	c1 := make(chan int)
	c2 := make(chan int)
	go Send(c1, 1, 2, 3)
	go Send(c2, 10, 20)
	var got []int
	for v := range Merge(c1, c2) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
	e1 := make(chan Event, 2)
	Send(e1, Event{"a", 1}, Event{"a", 2})
	var evs []Event
	for e := range Merge[Event](e1) {
		evs = append(evs, e)
	}
	fmt.Println(evs)
	var ro <-chan string = func() chan string { c := make(chan string, 1); c <- "x"; close(c); return c }()
	for s := range Merge(ro) {
		fmt.Println(s)
	}
}
