package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	steps := make(chan string, 5)
	go func() {
		defer wg.Done()
		defer func() { steps <- fmt.Sprint("recover in goexit: ", recover()) }()
		defer func() { steps <- "deferred runs" }()
		steps <- "before Goexit"
		runtime.Goexit()
		steps <- "not reached"
	}()
	wg.Wait()
	close(steps)
	for s := range steps {
		fmt.Println(s)
	}
}
