package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	defer fmt.Println("never printed")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker: fatal config, exiting 3")
		fmt.Fprintln(os.Stderr, "error: bad config")
		os.Exit(3)
	}()
	wg.Wait()
	select {}
}
