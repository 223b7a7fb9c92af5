package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) GetOrCompute(k string, f func() int) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if v, ok := c.m[k]; ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	v := f()
	c.m[k] = v
	return v
}

func main() {
	c := &Cache{m: map[string]int{"a": 1}}
	fmt.Println(c.GetOrCompute("a", func() int { return 0 }))
	fmt.Println("upgrading a read lock deadlocks:")
	fmt.Println(c.GetOrCompute("b", func() int { return 2 }))
}
