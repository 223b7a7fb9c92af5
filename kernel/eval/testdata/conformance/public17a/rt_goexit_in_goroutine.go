package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred in goroutine")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("unreachable")
	}()
	wg.Wait()
	fmt.Println("main done")
}
