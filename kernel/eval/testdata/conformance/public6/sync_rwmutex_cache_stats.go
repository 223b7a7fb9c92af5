package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Stats struct {
	Hits, Misses, Sets int
}

type Cache struct {
	mu    sync.RWMutex
	data  map[string]string
	stats Stats
	smu   sync.Mutex
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	c.smu.Lock()
	if ok {
		c.stats.Hits++
	} else {
		c.stats.Misses++
	}
	c.smu.Unlock()
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
	c.smu.Lock()
	c.stats.Sets++
	c.smu.Unlock()
}

func (c *Cache) Snapshot() map[string]string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[string]string, len(c.data))
	for k, v := range c.data {
		out[k] = v
	}
	return out
}

func main() {
	c := &Cache{data: map[string]string{}}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				k := fmt.Sprintf("k%d", i%10)
				if _, ok := c.Get(k); !ok && i%10 == w {
					c.Set(k, strings.Repeat("v", i%10+1))
				}
			}
		}()
	}
	wg.Wait()
	snap := c.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys)
	fmt.Println(c.stats.Hits+c.stats.Misses, c.stats.Sets >= 4)
	v, ok := c.Get("k3")
	fmt.Println(v, ok)
}
