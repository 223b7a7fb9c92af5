package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)
	for _, s := range []string{"x", "y"} {
		wg.Add(1)
		go func(prefix string) {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, len(prefix+s))
			mu.Unlock()
		}(">")
	}
	wg.Wait()
	fmt.Println(len(seen), seen[5]+seen[6])
}
