package main

import (
	"fmt"
	"strings"
	"time"
)

func fib(x int) int {
	if x < 2 {
		return x
	}
	return fib(x-1) + fib(x-2)
}

func spinner(done <-chan struct{}, frames chan<- int) {
	n := 0
	for {
		for range `-\|/` {
			select {
			case <-done:
				frames <- n
				return
			default:
			}
			n++
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	done := make(chan struct{})
	frames := make(chan int)
	go spinner(done, frames)
	const n = 24
	fibN := fib(n)
	close(done)
	spun := <-frames
	fmt.Printf("Fibonacci(%d) = %d; spinner ran: %v\n", n, fibN, spun >= 0)

	ticks := make(chan string)
	go func() {
		t := time.Date(2024, 1, 1, 15, 4, 5, 0, time.UTC)
		for i := 0; i < 4; i++ {
			ticks <- t.Format("15:04:05")
			t = t.Add(time.Second)
		}
		close(ticks)
	}()
	var lines []string
	for s := range ticks {
		lines = append(lines, s)
	}
	fmt.Println(strings.Join(lines, " | "))
}
