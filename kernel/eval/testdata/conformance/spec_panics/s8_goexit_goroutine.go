package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.Goexit ends the goroutine that calls it, from any depth, after
// its deferred calls; recover returns nil in them; the program goes on.
func leave(depth int) {
	if depth == 0 {
		runtime.Goexit()
	}
	defer fmt.Println("unwinding", depth)
	leave(depth - 1)
	fmt.Println("not reached", depth)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover:", recover()) }()
		leave(3)
	}()
	wg.Wait()
	fmt.Println("main goes on")
}
