package main

import (
	"fmt"
	"sort"
	"sync"
)

type Collector struct {
	mu   sync.Mutex
	data map[string][]int
}

func (c *Collector) Add(key string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.data == nil {
		c.data = map[string][]int{}
	}
	c.data[key] = append(c.data[key], v)
}

func main() {
	var wg sync.WaitGroup
	var c Collector
	for i := range 12 {
		wg.Go(func() {
			key := []string{"even", "odd"}[i%2]
			c.Add(key, i)
		})
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		vs := c.data[k]
		sort.Ints(vs)
		fmt.Println(k, vs)
	}
}
