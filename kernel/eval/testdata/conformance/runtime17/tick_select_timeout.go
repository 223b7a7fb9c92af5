package main

import (
	"fmt"
	"time"
)

// A select with a time.After timeout and a ticker: the timeout wins, no deadlock.
func main() {
	tk := time.NewTicker(time.Hour)
	defer tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
}
