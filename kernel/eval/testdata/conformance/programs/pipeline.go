package main

import "fmt"

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
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func sum(in <-chan int) int {
	s := 0
	for v := range in {
		s += v
	}
	return s
}

func main() {
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(v)
	}
	odd := func(n int) bool { return n%2 == 1 }
	fmt.Println(sum(filter(sq(gen(1, 2, 3, 4, 5, 6, 7)), odd)))
	var stages []func(<-chan int) <-chan int
	stages = append(stages, sq, sq)
	c := gen(2, 3)
	for _, s := range stages {
		c = s(c)
	}
	fmt.Println(<-c, <-c)
}
