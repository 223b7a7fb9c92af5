package main

import (
	"fmt"
	"time"
)

// A timer that fired and was received: the deadlock that follows is reported.
func main() {
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired")
	ch := make(chan int)
	ch <- 1
}
