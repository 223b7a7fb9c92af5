package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]int
	hits   int
	misses int
	hmu    sync.Mutex
}

func NewCache() *Cache { return &Cache{data: make(map[string]int)} }

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	c.hmu.Lock()
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	c.hmu.Unlock()
	return v, ok
}

func (c *Cache) GetOrCompute(k string, f func(string) int) int {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	v := f(k)
	c.data[k] = v
	return v
}

func main() {
	c := NewCache()
	var computed sync.Map
	var wg sync.WaitGroup
	keys := []string{"apple", "kiwi", "banana", "fig", "apple", "kiwi", "kiwi"}
	for _, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.GetOrCompute(k, func(s string) int {
				n, _ := computed.LoadOrStore(s, 0)
				computed.Store(s, n.(int)+1)
				return len(s) * 10
			})
		}()
	}
	wg.Wait()
	var ks []string
	for k := range c.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		n, _ := computed.Load(k)
		fmt.Println(k, c.data[k], n)
	}
	fmt.Println("lookups:", c.hits+c.misses)
}
