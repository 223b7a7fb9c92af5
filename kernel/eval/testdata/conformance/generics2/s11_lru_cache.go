// A generic LRU cache with container/list, an eviction callback, Get
// returning (V, bool), and a generic memoize built on it.
package main

import (
	"container/list"
	"fmt"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, hit := c.items[k]; hit {
		c.ll.MoveToFront(e)
		e.Value.(*entry[K, V]).val = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ent := last.Value.(*entry[K, V])
		delete(c.items, ent.key)
		if c.OnEvict != nil {
			c.OnEvict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

func Memoize[K comparable, V any](size int, f func(K) V) (func(K) V, *int) {
	cache := NewLRU[K, V](size)
	misses := new(int)
	return func(k K) V {
		if v, ok := cache.Get(k); ok {
			return v
		}
		*misses++
		v := f(k)
		cache.Put(k, v)
		return v
	}, misses
}

func main() {
	c := NewLRU[string, int](2)
	c.OnEvict = func(k string, v int) { fmt.Println("evict", k, v) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	c.Put("a", 10)
	fmt.Println(c.Keys())
	v, ok := c.Get("b")
	fmt.Println(v, ok)
	sq, misses := Memoize(3, func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 4, 5, 2} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println(*misses)
}
