package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	turn := 0
	var wg sync.WaitGroup
	var log []string
	for p := 0; p < 2; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				for turn%2 != p {
					c.Wait()
				}
				log = append(log, fmt.Sprintf("p%d:%d", p, i))
				turn++
				c.Broadcast()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
