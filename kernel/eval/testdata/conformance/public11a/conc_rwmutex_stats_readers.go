package main

import (
	"fmt"
	"sort"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
	hits map[string]int
	hmu  sync.Mutex
}

func (s *Store) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	s.hmu.Lock()
	s.hits[k]++
	s.hmu.Unlock()
	return v, ok
}

func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[string]int{}, hits: map[string]int{}}
	keys := []string{"a", "b", "c"}
	for i, k := range keys {
		s.Set(k, i)
	}
	var wg sync.WaitGroup
	for r := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 30 {
				s.Get(keys[(r+i)%3])
			}
		}()
	}
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				s.Set(fmt.Sprintf("w%d", w), i)
			}
		}()
	}
	wg.Wait()
	var names []string
	for k := range s.hits {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, s.hits[k])
	}
	fmt.Println(s.data["w0"], s.data["w1"], len(s.data))
	fmt.Println(s.mu.TryLock(), s.mu.TryRLock())
	s.mu.Unlock()
	fmt.Println(s.mu.TryRLock(), s.mu.TryLock())
}
