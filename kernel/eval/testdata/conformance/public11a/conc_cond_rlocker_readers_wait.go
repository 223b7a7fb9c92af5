package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var rw sync.RWMutex
	cond := sync.NewCond(rw.RLocker())
	ready := false
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cond.L.Lock()
			for !ready {
				cond.Wait()
			}
			cond.L.Unlock()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	for {
		rw.Lock()
		ready = true
		rw.Unlock()
		cond.Broadcast()
		mu.Lock()
		n := len(seen)
		mu.Unlock()
		if n == 4 {
			break
		}
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)
}
