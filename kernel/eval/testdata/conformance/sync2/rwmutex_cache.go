package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]string
}

func (c *Cache) Get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k int, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[int]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			c.Set(i, fmt.Sprint("v", i))
		}()
		go func() {
			defer wg.Done()
			c.Get(i)
		}()
	}
	wg.Wait()
	keys := make([]int, 0)
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		v, _ := c.Get(k)
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := c.Get(99)
	fmt.Println(ok)
}
