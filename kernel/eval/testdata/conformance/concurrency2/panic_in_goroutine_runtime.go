package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	data := []int{1, 2, 3}
	wg.Add(1)
	go func() {
		defer wg.Done()
		idx := len(data) + 2
		fmt.Println(data[idx])
	}()
	wg.Wait()
	select {}
}
