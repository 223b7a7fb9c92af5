package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("starting worker")
	go func() {
		var m map[string]int
		m["boom"]++
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable?")
	select {}
}
