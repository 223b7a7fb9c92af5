package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 3; round++ {
		res := make([]int, round*2)
		for i := range res {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				res[i] = round * i
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, res)
	}
}
