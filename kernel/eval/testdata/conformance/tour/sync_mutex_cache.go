package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
	hits int
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[string]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			k := fmt.Sprint("k", i%5)
			if _, ok := c.Get(k); !ok {
				c.Set(k, fmt.Sprint("v", i%5))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(len(c.data))
	v, ok := c.Get("k3")
	fmt.Println(v, ok)
}
