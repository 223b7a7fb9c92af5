package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	c.counts[k]++
	c.Unlock()
}

type SafeSlice struct {
	mu sync.RWMutex
	s  []int
}

func (s *SafeSlice) Append(v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.s = append(s.s, v)
}

func (s *SafeSlice) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.s)
}

func main() {
	c := Counter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"x", "y"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.counts)
	var ss SafeSlice
	for i := range 50 {
		wg.Add(1)
		go func() { defer wg.Done(); ss.Append(i) }()
	}
	wg.Wait()
	fmt.Println(ss.Len())
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
}
