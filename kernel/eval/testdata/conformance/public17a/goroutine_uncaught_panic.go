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
		defer wg.Done()
		var m map[string]int
		m["boom"]++
	}()
	wg.Wait()
	fmt.Println("unreachable?")
	select {}
}
