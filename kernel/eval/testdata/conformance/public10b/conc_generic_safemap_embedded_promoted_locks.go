package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	sync.RWMutex
	m map[K]V
}

func NewSafeMap[K comparable, V any]() SafeMap[K, V] { return SafeMap[K, V]{m: map[K]V{}} }

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.RLock()
	defer s.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.Lock()
	defer s.Unlock()
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Keys() []K {
	s.RLock()
	defer s.RUnlock()
	ks := make([]K, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	return ks
}

type Cache struct {
	SafeMap[string, int]
	misses int
}

func (c *Cache) Lookup(k string) int {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.Lock()
	c.misses++
	c.Unlock()
	return -1
}

type Stats struct {
	*Cache
	label string
}

func main() {
	c := &Cache{SafeMap: NewSafeMap[string, int]()}
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Update(fmt.Sprint("k", i%4), func(v int) int { return v + i })
		}()
	}
	wg.Wait()
	keys := c.Keys()
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, c.Lookup(k))
	}
	fmt.Println(c.Lookup("zz"), c.Lookup("yy"), c.misses)
	s := Stats{c, "main"}
	s.Update("k0", func(v int) int { return v * 2 })
	v, _ := s.Get("k0")
	s.RLock()
	n := len(s.m)
	s.RUnlock()
	fmt.Println(s.label, v, n, s.misses)
	get := s.Get
	fmt.Println(get("k1"))
	var lk sync.Locker = s
	lk.Lock()
	s.misses = 0
	lk.Unlock()
	fmt.Println(c.misses)
}
