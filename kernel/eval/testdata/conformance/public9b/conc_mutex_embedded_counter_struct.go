package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	c.counts[key]++
	c.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.Lock()
	defer c.Unlock()
	return c.counts[key]
}

type Stats struct {
	sync.RWMutex
	SafeCounter
	hist []int
}

func main() {
	c := SafeCounter{counts: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"a", "b", "c"}[i%3])
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("a"), c.Value("b"), c.Value("c"))
	s := &Stats{SafeCounter: SafeCounter{counts: map[string]int{}}}
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Inc(fmt.Sprint(i % 2))
			s.RWMutex.Lock()
			s.hist = append(s.hist, i)
			s.RWMutex.Unlock()
		}()
	}
	wg.Wait()
	s.RLock()
	sort.Ints(s.hist)
	fmt.Println(s.hist, s.Value("0"), s.Value("1"))
	s.RUnlock()
	var l sync.Locker = &c
	l.Lock()
	fmt.Println(c.TryLock())
	l.Unlock()
	fmt.Println(c.TryLock())
	c.Unlock()
}
