package main

import (
	"fmt"
	"time"
)

// A pending timer whose channel no goroutine waits on cannot wake one (Go 1.23 timers): a deadlock.
func main() {
	t := time.NewTimer(time.Hour)
	_ = t
	fmt.Println("waiting")
	var ch chan int
	<-ch
}
