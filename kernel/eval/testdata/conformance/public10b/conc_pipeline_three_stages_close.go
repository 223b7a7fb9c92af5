package main

import "fmt"

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

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func addOne(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		for n := range in {
			out <- n + 1
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range addOne(square(gen(1, 2, 3, 4, 5))) {
		fmt.Println("stage out:", v)
		total += v
	}
	fmt.Println("total:", total)
	c := square(gen())
	v, ok := <-c
	fmt.Println("empty pipeline:", v, ok)
}
