package main

import (
	"fmt"
	"os"
	"runtime"
)

// After runtime.Goexit in main (which runs main's deferred calls), the
// program goes on while other goroutines run; one of them ends it with
// os.Exit(0), as a server's shutdown path might.

func main() {
	jobs := make(chan int, 3)
	go func() {
		total := 0
		for j := range jobs {
			total += j * j
		}
		fmt.Println("total", total)
		os.Exit(0)
	}()
	defer close(jobs)
	defer fmt.Println("main is done")
	for i := 1; i <= 3; i++ {
		jobs <- i
	}
	runtime.Goexit()
	fmt.Println("not reached")
}
