package main

import (
	"fmt"
	"sync"
)

// A goroutine's func literal makes what it captures escape; a closure
// called directly and only returning a number does not.
func main() {
	var b []int
	b = append(b, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("b", len(b), cap(b))
	}()
	wg.Wait()
	var e []int
	e = append(e, 1)
	counter := func() int { return len(e) + cap(e) }
	fmt.Println("e", counter(), counter()+1)
}
