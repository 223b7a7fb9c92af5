package main

import (
	"fmt"
	"sync"
)

// A goroutine's panic that a deferred call recovers does not end the
// program: what main prints while the goroutine unwinds is printed.
func main() {
	defer fmt.Println("main's deferred call runs at its end")
	var wg sync.WaitGroup
	recovered := make(chan string)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					recovered <- fmt.Sprint("worker ", i, " recovered: ", r)
				}
			}()
			defer wg.Done()
			if i == 1 {
				panic(fmt.Sprintf("bad input %d", i*10))
			}
		}()
	}
	wg.Wait()
	fmt.Println("all workers returned or unwinding")
	fmt.Println(<-recovered)
	fmt.Println("main goes on")
}
