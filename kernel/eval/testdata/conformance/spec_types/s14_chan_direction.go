package main

import (
	"fmt"
	"reflect"
)

type Pipe chan int

func producer(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int) int {
	t := 0
	for v := range in {
		t += v
	}
	return t
}

func main() {
	c := make(chan int, 3)
	producer(c)
	fmt.Println(consumer(c))
	p := make(Pipe, 1)
	var send chan<- int = p // bidirectional defined chan to a send-only chan
	send <- 7
	var recv <-chan int = p
	fmt.Println(<-recv)
	var anyc any = c
	_, ok := anyc.(<-chan int)
	fmt.Println("chan int as <-chan int:", ok)
	_, ok = anyc.(chan int)
	fmt.Println("chan int as chan int:", ok)
	var r any = (<-chan int)(c)
	switch r.(type) {
	case chan int:
		fmt.Println("bidirectional")
	case <-chan int:
		fmt.Println("receive-only")
	}
	fmt.Println(reflect.TypeOf(r).ChanDir(), reflect.TypeOf(anyc).ChanDir())
	fmt.Printf("%T %T %T\n", r, send, p)
}
