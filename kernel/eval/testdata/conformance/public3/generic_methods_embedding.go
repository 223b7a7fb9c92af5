package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Store(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
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
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}

type Counter[K comparable] struct {
	*SafeMap[K, int]
}

func (c Counter[K]) Inc(k K) { c.Update(k, func(n int) int { return n + 1 }) }

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x T)   { b.items = append(b.items, x) }
func (b Base[T]) Count() int { return len(b.items) }

type Named struct {
	Base[string]
	Name string
}

func (n Named) String() string {
	s := append([]string(nil), n.items...)
	sort.Strings(s)
	return n.Name + ":" + strings.Join(s, ",")
}

func main() {
	c := Counter[string]{NewSafeMap[string, int]()}
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"a", "b", "c"}[i%3])
		}()
	}
	wg.Wait()
	a, _ := c.Load("a")
	b, _ := c.Load("b")
	_, ok := c.Load("z")
	fmt.Println(a, b, ok, c.Len())
	var n Named
	n.Name = "set"
	n.Add("y")
	n.Add("x")
	fmt.Println(n, n.Count())
	sm := NewSafeMap[[2]int, []string]()
	sm.Store([2]int{1, 2}, []string{"p"})
	sm.Update([2]int{1, 2}, func(v []string) []string { return append(v, "q") })
	v, _ := sm.Load([2]int{1, 2})
	fmt.Println(v)
}
