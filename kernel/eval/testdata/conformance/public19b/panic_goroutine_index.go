package main

import (
	"fmt"
	"sync"
)

func main() {
	data := []int{1, 2, 3}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		sum := 0
		for i := 0; i <= len(data); i++ {
			sum += data[i]
		}
		fmt.Println(sum)
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
