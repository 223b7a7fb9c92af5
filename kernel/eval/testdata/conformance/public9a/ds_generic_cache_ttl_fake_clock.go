package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (f *fakeClock) Now() time.Time          { return f.t }
func (f *fakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type entry[V any] struct {
	v       V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	clock   Clock
	ttl     time.Duration
	m       map[K]entry[V]
	onEvict func(K, V)
	stats   struct{ hits, misses, expired int }
}

func NewTTL[K comparable, V any](c Clock, ttl time.Duration) *TTLCache[K, V] {
	return &TTLCache[K, V]{clock: c, ttl: ttl, m: map[K]entry[V]{}}
}

func (c *TTLCache[K, V]) Set(k K, v V) { c.SetTTL(k, v, c.ttl) }

func (c *TTLCache[K, V]) SetTTL(k K, v V, ttl time.Duration) {
	c.m[k] = entry[V]{v, c.clock.Now().Add(ttl)}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	e, ok := c.m[k]
	if !ok {
		c.stats.misses++
		var z V
		return z, false
	}
	if !c.clock.Now().Before(e.expires) {
		c.stats.expired++
		c.evict(k, e.v)
		var z V
		return z, false
	}
	c.stats.hits++
	return e.v, true
}

func (c *TTLCache[K, V]) evict(k K, v V) {
	delete(c.m, k)
	if c.onEvict != nil {
		c.onEvict(k, v)
	}
}

func (c *TTLCache[K, V]) Sweep() int {
	now := c.clock.Now()
	n := 0
	for k, e := range c.m {
		if !now.Before(e.expires) {
			c.evict(k, e.v)
			n++
		}
	}
	return n
}

func main() {
	clk := &fakeClock{time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	c := NewTTL[string, []int](clk, 10*time.Second)
	var evicted []string
	c.onEvict = func(k string, v []int) { evicted = append(evicted, fmt.Sprint(k, v)) }
	c.Set("a", []int{1})
	c.SetTTL("b", []int{2, 2}, 3*time.Second)
	c.SetTTL("c", nil, time.Minute)
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	clk.Advance(5 * time.Second)
	_, okB := c.Get("b")
	_, okX := c.Get("x")
	fmt.Println(okB, okX, clk.Now().Format(time.Kitchen))
	clk.Advance(5 * time.Second)
	fmt.Println(c.Sweep(), len(c.m))
	clk.Advance(time.Hour)
	fmt.Println(c.Sweep(), len(c.m))
	sort.Strings(evicted)
	fmt.Println(strings.Join(evicted, ";"))
	fmt.Printf("%+v\n", c.stats)
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Hours(), time.Duration(1500)*time.Microsecond)
}
