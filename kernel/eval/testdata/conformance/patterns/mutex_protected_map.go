package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *SafeCounter) Get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	words := strings.Fields("a b c a b a d e a c")
	var wg sync.WaitGroup
	for rep := 0; rep < 20; rep++ {
		for _, w := range words {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.Inc(w)
			}()
		}
	}
	wg.Wait()
	snap := c.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", snap[k], " ")
	}
	fmt.Println()
	fmt.Println(c.Get("a"), c.Get("zz"))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
}
