package main

import (
	"fmt"
	"sort"
	"sync"
)

type Stats struct {
	sync.Mutex
	counts map[string]int
}

func NewStats() *Stats { return &Stats{counts: map[string]int{}} }

func (s *Stats) Add(k string) {
	s.Lock()
	defer s.Unlock()
	s.counts[k]++
}

func (s *Stats) Snapshot() map[string]int {
	s.Lock()
	defer s.Unlock()
	out := make(map[string]int, len(s.counts))
	for k, v := range s.counts {
		out[k] = v
	}
	return out
}

type SafeCounter struct {
	mu sync.RWMutex
	v  int
}

func (c *SafeCounter) Inc() {
	c.mu.Lock()
	c.v++
	c.mu.Unlock()
}

func (c *SafeCounter) Get() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.v
}

func main() {
	st := NewStats()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.Add([]string{"a", "b", "c"}[i%3])
		}()
	}
	wg.Wait()
	snap := st.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}
	snap["a"] = 1000
	fmt.Println(st.Snapshot()["a"])

	counters := []*SafeCounter{{}, {}}
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counters[i%2].Inc()
		}()
	}
	wg.Wait()
	fmt.Println(counters[0].Get(), counters[1].Get())
	// TryLock on a locked mutex
	var m sync.Mutex
	m.Lock()
	fmt.Println(m.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock())
	m.Unlock()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
