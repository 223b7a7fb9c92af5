package main

import (
	"fmt"
	"sync"
)

type Resource struct {
	mu    sync.Mutex
	users []int
}

func main() {
	var r Resource
	fmt.Println("first TryLock:", r.mu.TryLock())
	fmt.Println("second TryLock:", r.mu.TryLock())
	r.mu.Unlock()
	var wg sync.WaitGroup
	var tries sync.Map
	for id := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for !r.mu.TryLock() {
				n++
			}
			r.users = append(r.users, id)
			r.mu.Unlock()
			tries.Store(id, n >= 0)
		}()
	}
	wg.Wait()
	fmt.Println("users:", len(r.users))
	sum := 0
	for _, u := range r.users {
		sum += u
	}
	fmt.Println("sum ids:", sum)
	ok := 0
	tries.Range(func(k, v any) bool {
		if v.(bool) {
			ok++
		}
		return true
	})
	fmt.Println("all tried:", ok)
}
