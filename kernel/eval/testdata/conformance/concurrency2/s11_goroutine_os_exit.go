package main

import (
	"fmt"
	"os"
)

// os.Exit in a goroutine ends the whole program at once: main, blocked on
// a channel that will never be sent to, stops there, and no deferred call
// runs.

func check(xs []int, want int) {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	fmt.Println("sum", sum)
	if sum != want {
		fmt.Fprintf(os.Stderr, "check failed: got %d, want %d\n", sum, want)
		os.Exit(3)
	}
}

func main() {
	results := make(chan int)
	go func() {
		defer fmt.Println("worker's deferred call")
		check([]int{1, 2, 3, 4}, 10)
		check([]int{5, 6, 7}, 19)
		results <- 1
	}()
	defer fmt.Println("main's deferred call")
	fmt.Println("result", <-results)
}
