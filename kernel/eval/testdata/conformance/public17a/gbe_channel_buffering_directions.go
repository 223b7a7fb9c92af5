package main

import "fmt"

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " (ponged)"
}

func worker(done chan<- bool, log *[]string) {
	*log = append(*log, "working...", "done")
	done <- true
}

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(<-messages, <-messages)
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)
	done := make(chan bool, 1)
	var log []string
	go worker(done, &log)
	<-done
	fmt.Println(log)
	var ro <-chan string = messages
	fmt.Printf("%T %T %d %d\n", ro, (chan<- string)(messages), len(ro), cap(ro))
}
