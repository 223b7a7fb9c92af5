package main

import (
	"fmt"
	"sync"
	"time"
)

// A panic in a time.AfterFunc callback ends the program: main's deferred
// call does not run, and what main would print after its wait never is.
func main() {
	defer fmt.Println("main's deferred call: never printed")
	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(5*time.Millisecond, func() {
		defer wg.Done()
		fmt.Println("callback runs")
		panic("callback failed")
	})
	wg.Wait()
	time.Sleep(2 * time.Second)
	fmt.Println("unreachable")
}
