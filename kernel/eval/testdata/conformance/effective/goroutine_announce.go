package main

import (
	"fmt"
	"time"
)

func Announce(message string, delay time.Duration, done chan<- string) {
	go func() {
		time.Sleep(delay)
		done <- message
	}()
}

func main() {
	done := make(chan string)
	Announce("second", 300*time.Millisecond, done)
	Announce("first", time.Millisecond, done)
	fmt.Println(<-done)
	fmt.Println(<-done)
}
