package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	worker int
	input  int
	output int
}

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func worker(id int, in <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for v := range in {
			out <- result{id, v, v * v * v}
		}
	}()
	return out
}

func merge(cs ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	output := func(c <-chan result) {
		for r := range c {
			out <- r
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
	in := producer(12)
	var outs []<-chan result
	for i := 0; i < 4; i++ {
		outs = append(outs, worker(i, in))
	}
	var all []result
	perWorker := map[int]int{}
	for r := range merge(outs...) {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].input < all[j].input })
	sum := 0
	for _, r := range all {
		fmt.Printf("%2d^3 = %4d\n", r.input, r.output)
		sum += r.output
	}
	n := 0
	for _, c := range perWorker {
		n += c
	}
	fmt.Println("sum:", sum, "items:", n, "len:", len(all))
}
