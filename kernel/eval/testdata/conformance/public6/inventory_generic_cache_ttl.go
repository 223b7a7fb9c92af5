package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type item[V any] struct {
	val     V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	mu     sync.RWMutex
	clock  Clock
	ttl    time.Duration
	items  map[K]item[V]
	loads  int
	loader func(K) (V, error)
}

func New[K comparable, V any](c Clock, ttl time.Duration, loader func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{clock: c, ttl: ttl, items: map[K]item[V]{}, loader: loader}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.RLock()
	it, ok := c.items[k]
	c.mu.RUnlock()
	if ok && c.clock.Now().Before(it.expires) {
		return it.val, nil
	}
	v, err := c.loader(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.mu.Lock()
	c.loads++
	c.items[k] = item[V]{v, c.clock.Now().Add(c.ttl)}
	c.mu.Unlock()
	return v, nil
}

func (c *Cache[K, V]) Purge() (n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.clock.Now()
	for k, it := range c.items {
		if !now.Before(it.expires) {
			delete(c.items, k)
			n++
		}
	}
	return
}

type Price struct {
	SKU   string
	Cents int
}

func main() {
	clk := &fakeClock{t: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)}
	db := map[string]int{"apple": 120, "pear": 95, "kiwi": 60}
	c := New(clk, 5*time.Minute, func(sku string) (Price, error) {
		cents, ok := db[sku]
		if !ok {
			return Price{}, fmt.Errorf("no price for %q", sku)
		}
		return Price{sku, cents}, nil
	})
	for _, sku := range []string{"apple", "pear", "apple", "mango"} {
		p, err := c.Get(sku)
		fmt.Printf("%-6s %+v %v\n", sku, p, err)
	}
	db["apple"] = 999
	clk.Advance(3 * time.Minute)
	p, _ := c.Get("apple")
	fmt.Println("cached:", p.Cents, "loads:", c.loads)
	clk.Advance(3 * time.Minute)
	p, _ = c.Get("apple")
	fmt.Println("reloaded:", p.Cents, "loads:", c.loads)

	var wg sync.WaitGroup
	results := make([]int, 6)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, _ := c.Get([]string{"apple", "kiwi"}[i%2])
			results[i] = p.Cents
		}()
	}
	wg.Wait()
	fmt.Println(results)
	clk.Advance(10 * time.Minute)
	fmt.Println("purged:", c.Purge(), "left:", len(c.items))
	keys := []string{}
	for k := range db {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, clk.Now().Format(time.Kitchen))
}
