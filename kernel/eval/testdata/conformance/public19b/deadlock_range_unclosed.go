package main

import "fmt"

func produce(ch chan<- int) {
	for i := range 3 {
		ch <- i * 10
	}
	// forgot close(ch)
}

func main() {
	ch := make(chan int)
	go produce(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
}
