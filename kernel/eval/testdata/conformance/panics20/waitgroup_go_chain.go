package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		defer func() { panic(fmt.Errorf("cleanup failed")) }()
		panic("task failed")
	})
	wg.Wait()
	fmt.Println("not reached")
}
