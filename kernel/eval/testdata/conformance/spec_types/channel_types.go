package main

import "fmt"

func producer(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func main() {
	ch := make(chan int, 3)
	producer(ch)
	fmt.Println(consumer(ch), len(ch), cap(ch))
	var nilch chan int
	fmt.Println(nilch == nil)
}
