package main

import (
	"fmt"
	"slices"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	data  map[K]V
	calls map[K]int
	load  func(K) (V, error)
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, calls: map[K]int{}, load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v, nil
	}
	c.calls[k]++
	v, err := c.load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.data[k] = v
	return v, nil
}

func (c *Cache[K, V]) Stats() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for k, n := range c.calls {
		out = append(out, fmt.Sprintf("%v:%d", k, n))
	}
	slices.Sort(out)
	return out
}

func fib(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("negative %d", n)
	}
	a, b := 0, 1
	for range n {
		a, b = b, a+b
	}
	return a, nil
}

func main() {
	c := NewCache(fib)
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _ := c.Get(i % 5 * 10)
			results[i] = v
		}()
	}
	wg.Wait()
	fmt.Println(results[:5])
	fmt.Println(c.Stats())
	_, err := c.Get(-3)
	fmt.Println(err)
	sq := NewCache(func(s string) ([]byte, error) { return []byte(s + s), nil })
	b, _ := sq.Get("ab")
	b2, _ := sq.Get("ab")
	fmt.Println(string(b), &b[0] == &b2[0])
}
