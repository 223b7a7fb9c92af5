package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); fmt.Println("") }()
	go func() { defer wg.Done() }()
	wg.Wait()
	fmt.Println("both done")
	defer fmt.Println("deferred print runs")
	wg.Done()
}
