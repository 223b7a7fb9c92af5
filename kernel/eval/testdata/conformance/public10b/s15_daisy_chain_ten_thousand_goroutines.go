package main

import "fmt"

// The daisy chain of "Go Concurrency Patterns": ten thousand goroutines,
// each passing on one more than it receives. A cell running more than a
// second is watched for a deadlock, and each look at its goroutines stops
// the world: with this many, the look must not walk them again and again.
func whisper(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println(<-leftmost)
}
