package main

import (
	"fmt"
	"time"
)

// An AfterFunc that ran: the deadlock after it is reported.
func main() {
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "ran" })
	fmt.Println(<-done)
	<-done
}
