package main

import (
	"fmt"
	"time"
)

func producer(id int, d time.Duration, out chan<- string, quit <-chan struct{}) {
	for i := 0; ; i++ {
		select {
		case out <- fmt.Sprintf("p%d-%d", id, i):
			time.Sleep(d)
		case <-quit:
			return
		}
	}
}

func main() {
	out := make(chan string)
	quit := make(chan struct{})
	go producer(1, time.Millisecond, out, quit)
	seen := 0
	for msg := range out {
		if msg == "p1-4" {
			break
		}
		seen++
	}
	close(quit)
	fmt.Println("seen", seen)
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	timeout := time.After(10 * time.Second)
	n := 0
	for done := false; !done; {
		select {
		case <-tick.C:
			n++
			done = n == 3
		case <-timeout:
			done = true
		}
	}
	fmt.Println("ticks", n)
}
