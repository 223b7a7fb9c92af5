package main

import (
	"fmt"
	"runtime"
	"time"
)

// runtime.Goexit in the main goroutine: main's deferred calls run, the
// rest of main does not, other goroutines run on until they end, and then
// the program ends with a fatal error.
func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker done")
		close(done)
	}()
	defer fmt.Println("main deferred")
	fmt.Println("main before Goexit")
	runtime.Goexit()
	fmt.Println("not reached")
}
