// A mutex-guarded generic map with LoadOrStore, Range and a generic
// worker pool fan-out collecting typed results from channels.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SyncMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (s *SyncMap[K, V]) Load(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SyncMap[K, V]) LoadOrStore(k K, v V) (actual V, loaded bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	if old, ok := s.m[k]; ok {
		return old, true
	}
	s.m[k] = v
	return v, false
}

func (s *SyncMap[K, V]) Range(f func(K, V) bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for k, v := range s.m {
		if !f(k, v) {
			break
		}
	}
}

type result[T any] struct {
	idx int
	val T
}

func ParallelMap[T, R any](in []T, workers int, f func(T) R) []R {
	jobs := make(chan int)
	results := make(chan result[R])
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- result[R]{i, f(in[i])}
			}
		}()
	}
	go func() {
		for i := range in {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]R, len(in))
	for r := range results {
		out[r.idx] = r.val
	}
	return out
}

func main() {
	var sm SyncMap[string, int]
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.LoadOrStore(fmt.Sprint("k", i%5), i%5)
		}()
	}
	wg.Wait()
	var keys []string
	sm.Range(func(k string, v int) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	v, ok := sm.Load("k3")
	fmt.Println(v, ok)
	fmt.Println(ParallelMap([]string{"a", "bb", "ccc", "dddd"}, 3, func(s string) int { return len(s) * 10 }))
}
