package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type item[V any] struct {
	val     V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	clock Clock
	ttl   time.Duration
	items map[K]item[V]
	stats struct{ hits, misses, evictions int }
}

func New[K comparable, V any](clock Clock, ttl time.Duration) *Cache[K, V] {
	return &Cache[K, V]{clock: clock, ttl: ttl, items: make(map[K]item[V])}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = item[V]{v, c.clock.Now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (v V, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, found := c.items[k]
	switch {
	case !found:
		c.stats.misses++
		return v, false
	case !c.clock.Now().Before(it.expires):
		delete(c.items, k)
		c.stats.misses++
		c.stats.evictions++
		return v, false
	}
	c.stats.hits++
	return it.val, true
}

func (c *Cache[K, V]) GetOrLoad(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	v, err := load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.Set(k, v)
	return v, nil
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]K, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	clk := &fakeClock{time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	c := New[string, int](clk, 10*time.Second)
	c.Set("a", 1)
	clk.Advance(5 * time.Second)
	c.Set("b", 2)
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	clk.Advance(5 * time.Second)
	v, ok = c.Get("a")
	fmt.Println(v, ok)
	v, ok = c.Get("b")
	fmt.Println(v, ok)
	loads := 0
	load := func(k string) (int, error) {
		loads++
		if k == "bad" {
			return 0, fmt.Errorf("no such key")
		}
		return len(k) * 100, nil
	}
	for _, k := range []string{"xyz", "xyz", "bad", "xyz"} {
		v, err := c.GetOrLoad(k, load)
		fmt.Println(k, v, err)
	}
	clk.Advance(time.Minute)
	v, err := c.GetOrLoad("xyz", load)
	fmt.Println(v, err, loads)
	keys := c.Keys()
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Printf("%+v\n", c.stats)
	fmt.Println(clk.Now().Format(time.RFC3339))
}
