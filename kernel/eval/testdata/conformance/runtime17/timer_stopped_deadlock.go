package main

import (
	"fmt"
	"time"
)

// A timer stopped before the program blocks for ever: Go reports the deadlock.
func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	ch := make(chan int)
	<-ch
}
