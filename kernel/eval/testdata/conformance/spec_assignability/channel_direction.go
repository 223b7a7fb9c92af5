package main

import "fmt"

func producer(out chan<- int) {
	for i := range 3 {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- bool) {
	for v := range in {
		fmt.Println("got", v)
	}
	done <- true
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	var send chan<- int = ch
	var recv <-chan int = ch
	go producer(send)
	go consumer(recv, done)
	<-done
	fmt.Printf("%T %T %T\n", ch, send, recv)
}
