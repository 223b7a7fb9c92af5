package main

import (
	"fmt"
	"time"
)

// A timer reset, fired and received, then a deadlock on a mutex-free channel.
func main() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired")
	ch := make(chan int, 1)
	ch <- 1
	ch <- 2
}
