package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	ch <- 5
	select {
	case v, ok := <-ch:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("empty")
	}
	done := make(chan struct{})
	close(done)
	select {
	case <-done:
		fmt.Println("done closed")
	}
	out := make(chan string, 1)
	select {
	case out <- "sent":
	default:
	}
	fmt.Println(<-out)
}
