package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
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
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4, 5, 6, 7, 8)
	c1 := sq(done, in)
	c2 := sq(done, in)
	c3 := sq(done, in)
	var got []int
	for v := range merge(done, c1, c2, c3) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println("all:", got)

	done2 := make(chan struct{})
	out := merge(done2, sq(done2, gen(done2, 2, 3, 4, 5)))
	first := <-out
	close(done2)
	fmt.Println("first only:", first)
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println("sum:", sum)
}
