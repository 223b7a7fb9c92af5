package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := range n {
		out <- i * i
	}
	close(out)
}

func consumer(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

func main() {
	ch := make(chan int, 5)
	var send chan<- int = ch
	var recv <-chan int = ch
	go producer(send, 5)
	fmt.Println(consumer(recv))
	fmt.Printf("%T %T %T\n", ch, send, recv)
	fmt.Println(cap(send), len(recv))
}
