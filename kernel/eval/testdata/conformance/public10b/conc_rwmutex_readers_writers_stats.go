package main

import (
	"fmt"
	"sort"
	"sync"
)

type Store struct {
	mu     sync.RWMutex
	data   map[string]int
	reads  int
	writes int
	rmu    sync.Mutex
}

func (s *Store) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.rmu.Lock()
	s.reads++
	s.rmu.Unlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	s.data[k]++
}

func main() {
	s := &Store{data: map[string]int{}}
	keys := []string{"x", "y", "z"}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.Inc(keys[(i+w)%3])
			}
		}(w)
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				s.Get(keys[i%3])
			}
		}()
	}
	wg.Wait()
	var ks []string
	for k := range s.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		v, _ := s.Get(k)
		fmt.Println(k, v)
	}
	fmt.Println("writes:", s.writes, "reads:", s.reads)
	_, ok := s.Get("missing")
	fmt.Println("missing:", ok)
	fmt.Println("TryLock while free:", s.mu.TryLock())
	fmt.Println("TryRLock while locked:", s.mu.TryRLock())
	s.mu.Unlock()
	fmt.Println("TryRLock after:", s.mu.TryRLock())
	s.mu.RUnlock()
}
