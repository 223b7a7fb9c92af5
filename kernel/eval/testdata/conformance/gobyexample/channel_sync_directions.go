package main

import "fmt"

func worker(done chan<- bool, log *[]string) {
	*log = append(*log, "working...")
	*log = append(*log, "done")
	done <- true
}

func ping(pings chan<- string, msg string) { pings <- msg }

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + "/pong"
}

func main() {
	var log []string
	done := make(chan bool, 1)
	go worker(done, &log)
	<-done
	fmt.Println(log)

	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)
	var r <-chan string = pongs
	fmt.Printf("%T %T\n", r, pongs)
}
