package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Counter[K comparable] struct {
	mu sync.Mutex
	m  map[K]int
}

func (c *Counter[K]) Inc(k K) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[K]int{}
	}
	c.m[k]++
	return c.m[k]
}

func (c *Counter[K]) Get(k K) int { c.mu.Lock(); defer c.mu.Unlock(); return c.m[k] }

type Named struct{ Name string }

func (n Named) Hello() string { return "hello, " + n.Name }

type Service struct {
	Named
	*Counter[string]
	Tags []string
}

type Timestamped[T any] struct {
	Value T
	At    int
}

func (t Timestamped[T]) String() string { return fmt.Sprintf("%v@%d", t.Value, t.At) }

type History[T any] struct {
	items []Timestamped[T]
	clock int
}

func (h *History[T]) Record(v T) { h.clock++; h.items = append(h.items, Timestamped[T]{v, h.clock}) }
func (h *History[T]) Last(n int) []Timestamped[T] {
	if n > len(h.items) {
		n = len(h.items)
	}
	return h.items[len(h.items)-n:]
}

type AuditedService struct {
	Service
	History[string]
}

func main() {
	s := Service{Named: Named{"api"}, Counter: &Counter[string]{}}
	for _, p := range strings.Fields("/a /b /a /c /a") {
		s.Inc(p)
	}
	fmt.Println(s.Hello(), s.Get("/a"), s.Get("/z"), s.Name)

	a := &AuditedService{Service: s}
	for _, ev := range []string{"start", "req", "stop"} {
		a.Record(ev)
		a.Inc(ev)
	}
	fmt.Println(a.Last(2), a.Last(10), a.Hello(), a.Get("req"), s.Get("req"))

	var wg sync.WaitGroup
	c := &Counter[int]{}
	for i := range 100 {
		wg.Add(1)
		go func() { defer wg.Done(); c.Inc(i % 3) }()
	}
	wg.Wait()
	keys := make([]int, 0)
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(k, ":", c.Get(k), " ")
	}
	fmt.Println()
	fmt.Printf("%v %T\n", Timestamped[[]int]{[]int{1}, 5}, a.History)
}
