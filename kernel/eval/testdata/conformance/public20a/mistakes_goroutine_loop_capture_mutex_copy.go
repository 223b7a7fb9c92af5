package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	c.m[k]++
	c.mu.Unlock()
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

type Stats struct {
	mu   sync.RWMutex
	hits []int
}

func (s *Stats) Add(v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits = append(s.hits, v)
}

func (s *Stats) Sorted() []int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := append([]int(nil), s.hits...)
	sort.Ints(out)
	return out
}

func main() {
	c := &SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc(fmt.Sprintf("k%d", i%3))
		}()
	}
	wg.Wait()
	snap := c.Snapshot()
	snap["k0"] = -1
	fmt.Println(c.m["k0"], c.m["k1"], c.m["k2"], snap["k0"])
	st := &Stats{}
	values := []int{5, 3, 9, 1, 7}
	for _, v := range values {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.Add(v * 10)
		}()
	}
	wg.Wait()
	fmt.Println(st.Sorted())
	results := make([]int, 5)
	for i := range results {
		wg.Add(1)
		go func(idx int) {
			defer wg.Done()
			results[idx] = idx * idx
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	var mu sync.Mutex
	total := 0
	add := func(n int) {
		mu.Lock()
		defer mu.Unlock()
		total += n
	}
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); add(i) }()
	}
	wg.Wait()
	fmt.Println(total)
	ch := make(chan string, 3)
	for _, s := range []string{"a", "b", "c"} {
		go func() { ch <- s + s }()
	}
	got := []string{<-ch, <-ch, <-ch}
	sort.Strings(got)
	fmt.Println(got)
}
