package main

import (
	"fmt"
	"time"
)

type Ball struct{ hits int }

func player(name string, table chan *Ball, log chan<- string) {
	for {
		ball, ok := <-table
		if !ok {
			return
		}
		ball.hits++
		log <- fmt.Sprint(name, " ", ball.hits)
		time.Sleep(time.Millisecond)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	log := make(chan string, 100)
	go player("ping", table, log)
	go player("pong", table, log)
	table <- new(Ball)
	time.Sleep(30 * time.Millisecond)
	b := <-table
	close(table)
	n := len(log)
	fmt.Println(b.hits == n, b.hits >= 1)
	first := <-log
	fmt.Println(first == "ping 1" || first == "pong 1")
}
