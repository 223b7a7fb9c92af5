package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	fmt.Println("launching")
	wg.Go(func() {
		var m map[string]int
		m["boom"]++
	})
	wg.Wait()
	fmt.Println("not reached")
}
