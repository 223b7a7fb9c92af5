package main

import "fmt"

type Clock interface{ Now() int }

type fakeClock struct{ t int }

func (c *fakeClock) Now() int { return c.t }

type item[V any] struct {
	v       V
	expires int
}

type Cache[K comparable, V any] struct {
	clock Clock
	ttl   int
	m     map[K]item[V]
}

func NewCache[K comparable, V any](c Clock, ttl int) *Cache[K, V] {
	return &Cache[K, V]{clock: c, ttl: ttl, m: map[K]item[V]{}}
}

func (c *Cache[K, V]) Set(k K, v V) { c.m[k] = item[V]{v, c.clock.Now() + c.ttl} }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	it, ok := c.m[k]
	if !ok || c.clock.Now() >= it.expires {
		delete(c.m, k)
		var zero V
		return zero, false
	}
	return it.v, true
}

func main() {
	clk := &fakeClock{}
	c := NewCache[string, float64](clk, 10)
	c.Set("pi", 3.14)
	v, ok := c.Get("pi")
	fmt.Println(v, ok)
	clk.t = 10
	v, ok = c.Get("pi")
	fmt.Println(v, ok, len(c.m))
}
