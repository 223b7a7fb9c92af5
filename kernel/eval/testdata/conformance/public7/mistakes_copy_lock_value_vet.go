package main

import (
	"fmt"
	"sync"
)

// "100 Go Mistakes": copying a sync type. The program is legal and runs;
// go vet's copylocks check reports each copy.

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

func NewCounter() Counter { return Counter{counts: map[string]int{}} }

// Value receiver: every call works on a copy of the mutex.
func (c Counter) Get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[k]
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[k]++
}

func main() {
	c := NewCounter()
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("hits")
		}()
	}
	wg.Wait()
	fmt.Println(c.Get("hits"))
	snapshot := c // copies the mutex and shares the map
	snapshot.Inc("hits")
	fmt.Println(c.Get("hits"), snapshot.Get("hits"))
}
