package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	for i := 0; i < 1000; i++ {
		go c.Inc("somekey")
		if i%3 == 0 {
			go c.Inc("other")
		}
	}
	for c.Value("somekey") < 1000 || c.Value("other") < 334 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(c.Value("somekey"), c.Value("other"), c.Value("none"))
}
