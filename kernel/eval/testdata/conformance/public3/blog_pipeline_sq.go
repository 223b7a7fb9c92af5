package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
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
	out := make(chan int, 10)
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
	for n := range sq(sq(gen(2, 3))) {
		fmt.Println(n)
	}
	in := gen(1, 2, 3, 4, 5)
	c1 := sq(in)
	c2 := sq(in)
	sum := 0
	count := 0
	for n := range merge(c1, c2) {
		sum += n
		count++
	}
	fmt.Println("merged", count, "values, sum", sum)
}
