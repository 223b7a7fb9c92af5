package main

import (
	"fmt"
	"time"
)

// A ticker stopped after two ticks: a goroutine still waiting on its channel does not keep the deadlock from being reported.
func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	fmt.Println("two ticks")
	done := make(chan bool)
	go func() {
		<-tk.C
		done <- true
	}()
	<-done
}
