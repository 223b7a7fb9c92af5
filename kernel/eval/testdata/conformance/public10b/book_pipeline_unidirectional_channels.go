package main

import "fmt"

func counter(out chan<- int) {
	for x := 0; x < 10; x++ {
		out <- x
	}
	close(out)
}

func squarer(out chan<- int, in <-chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func printer(in <-chan int, done chan<- []int) {
	var got []int
	for v := range in {
		got = append(got, v)
	}
	done <- got
}

func mirroredQuery() string {
	responses := make(chan string, 3)
	go func() { responses <- "asia.gopl.io" }()
	return <-responses
}

func main() {
	naturals := make(chan int)
	squares := make(chan int)
	done := make(chan []int)
	go counter(naturals)
	go squarer(squares, naturals)
	go printer(squares, done)
	fmt.Println(<-done)
	fmt.Println(mirroredQuery())
	ch := make(chan string, 3)
	ch <- "A"
	ch <- "B"
	fmt.Println(cap(ch), len(ch), <-ch, len(ch))
	var send chan<- string = ch
	var recv <-chan string = ch
	send <- "C"
	fmt.Println(<-recv, <-recv)
	fmt.Printf("%T %T %T\n", ch, send, recv)
}
