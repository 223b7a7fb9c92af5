package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	fmt.Println("main starts")
	fmt.Fprintln(os.Stderr, "to stderr before")
	done := make(chan bool)
	go func() {
		panic(fmt.Sprintf("worker %d failed", 3))
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	fmt.Println("not reached")
}
