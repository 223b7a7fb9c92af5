package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 4)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
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
	in := gen(2, 3, 4, 5, 6, 7)
	c1 := sq(in)
	c2 := sq(in)
	c3 := sq(in)
	var got []int
	for n := range merge(c1, c2, c3) {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println(got, len(got))
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Printf("sum=%d avg=%.3f\n", sum, float64(sum)/float64(len(got)))
}
