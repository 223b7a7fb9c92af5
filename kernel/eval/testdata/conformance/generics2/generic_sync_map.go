package main

import (
	"fmt"
	"slices"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Store(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = v
}

func (s *SafeMap[K, V]) Load(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = f(s.m[k])
}

func main() {
	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Update("hits", func(v int) int { return v + 1 })
			if i%10 == 0 {
				sm.Store(fmt.Sprint("k", i), i)
			}
		}()
	}
	wg.Wait()
	h, _ := sm.Load("hits")
	_, missing := sm.Load("nope")
	var keys []string
	for k := range sm.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(h, missing, keys)
}
