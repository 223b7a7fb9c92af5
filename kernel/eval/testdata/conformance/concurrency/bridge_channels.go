package main

import "fmt"

func bridge(chanStream <-chan <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for s := range chanStream {
			for v := range s {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	streams := make(chan (<-chan int))
	go func() {
		defer close(streams)
		for i := 0; i < 3; i++ {
			s := make(chan int, 2)
			s <- i * 10
			s <- i*10 + 1
			close(s)
			streams <- s
		}
	}()
	for v := range bridge(streams) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
