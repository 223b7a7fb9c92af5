package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func work(id int, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for v := range in {
			out <- fmt.Sprintf("%03d", v*v)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	output := func(c <-chan string) {
		for s := range c {
			out <- s
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := source(12)
	var workers []<-chan string
	for i := 0; i < 4; i++ {
		workers = append(workers, work(i, in))
	}
	var got []string
	for s := range merge(workers...) {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
}
