package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap   int
	ll    *list.List
	items map[K]*list.Element
	evict func(K, V)
}

func NewLRU[K comparable, V any](cap int, evict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: cap, ll: list.New(), items: map[K]*list.Element{}, evict: evict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, e.key)
		if c.evict != nil {
			c.evict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry[K, V]).key)
	}
	return ks
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type point struct{ x, y int }

func main() {
	var evicted []string
	c := NewLRU[string, int](3, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, "=", v)) })
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	fmt.Println(c, c.Keys(), evicted)
	v, ok := c.Get("zz")
	fmt.Println(v, ok)
	c.Put("d", 100)
	fmt.Println(c)
	pc := NewLRU[point, []string](2, nil)
	pc.Put(point{1, 2}, []string{"x"})
	pc.Put(point{3, 4}, nil)
	got, _ := pc.Get(point{1, 2})
	got = append(got, "y")
	pc.Put(point{1, 2}, got)
	pc.Put(point{5, 6}, []string{"z"})
	fmt.Println(pc, len(pc.items))
	fmt.Printf("%T\n", pc)
}
