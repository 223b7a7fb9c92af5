package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu    sync.RWMutex
	data  map[string]int
	hits  int
	miss  int
	stats sync.Mutex
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	c.stats.Lock()
	if ok {
		c.hits++
	} else {
		c.miss++
	}
	c.stats.Unlock()
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

type SafeCounter struct {
	sync.Mutex
	v map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	c.v[key]++
	c.Unlock()
}

func main() {
	c := &Cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Set(fmt.Sprint("k", i%5), i)
		}()
	}
	wg.Wait()
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get(fmt.Sprint("k", i%8))
		}()
	}
	wg.Wait()
	fmt.Println(len(c.data), c.hits, c.miss)
	sc := SafeCounter{v: make(map[string]int)}
	for range 1000 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Println(sc.v["somekey"])
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(act, loaded)
	m.Delete("b")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	old, swapped := m.Swap("a", 5)
	fmt.Println(old, swapped, m.CompareAndSwap("a", 5, 6))
	got, _ := m.Load("a")
	fmt.Println(got)
	fmt.Println(sc.TryLock(), sc.TryLock())
	sc.Unlock()
}
