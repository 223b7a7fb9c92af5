package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu       sync.RWMutex
	data     map[string]int
	computes atomic.Int64
	hits     atomic.Int64
}

func NewCache() *Cache { return &Cache{data: make(map[string]int)} }

func (c *Cache) GetOrCompute(key string, compute func(string) int) int {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		c.hits.Add(1)
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		c.hits.Add(1)
		return v
	}
	c.computes.Add(1)
	v = compute(key)
	c.data[key] = v
	return v
}

func (c *Cache) Snapshot() map[string]int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[string]int, len(c.data))
	for k, v := range c.data {
		out[k] = v
	}
	return out
}

type Counter struct {
	sync.Mutex
	m map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	c.m[k]++
	c.Unlock()
}

func main() {
	c := NewCache()
	keys := strings.Fields("alpha beta gamma alpha beta alpha delta")
	var wg sync.WaitGroup
	results := make([]int, len(keys)*4)
	for r := 0; r < 4; r++ {
		for i, k := range keys {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[r*len(keys)+i] = c.GetOrCompute(k, func(s string) int { return len(s) * 11 })
			}()
		}
	}
	wg.Wait()
	fmt.Println(results[:len(keys)])
	fmt.Println("computes", c.computes.Load(), "hits", c.hits.Load(), "total", c.computes.Load()+c.hits.Load())
	snap := c.Snapshot()
	ks := make([]string, 0, len(snap))
	for k := range snap {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%s=%d ", k, snap[k])
	}
	fmt.Println()
	cnt := Counter{m: map[string]int{}}
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cnt.Inc([]string{"x", "y", "z"}[i%3])
		}()
	}
	wg.Wait()
	fmt.Println(cnt.m)
}
