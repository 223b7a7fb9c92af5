package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("starting")
	go func() {
		defer wg.Done()
		panic("in goroutine")
	}()
	wg.Wait()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("not reached")
}
