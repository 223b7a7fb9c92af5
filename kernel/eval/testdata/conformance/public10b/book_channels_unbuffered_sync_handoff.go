package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Seq  int
	Text string
}

func main() {
	var trace []string
	ch := make(chan Event)
	ack := make(chan int)
	go func() {
		for e := range ch {
			ack <- e.Seq * 10
		}
		close(ack)
	}()
	for i, w := range strings.Fields("start run stop") {
		ch <- Event{i, w}
		trace = append(trace, fmt.Sprintf("%s->%d", w, <-ack))
	}
	close(ch)
	_, ok := <-ack
	fmt.Println(trace, ok)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("ping-pong:", v)
	_, ok = <-pong
	fmt.Println(ok)
}
