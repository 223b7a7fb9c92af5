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
	cap   int
	ll    *list.List
	items map[K]*list.Element
	evict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}, evict: onEvict}
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
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		ent := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, ent.key)
		if c.evict != nil {
			c.evict(ent.key, ent.val)
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

func main() {
	evicted := 0
	c := NewLRU[string, int](3, func(k string, v int) {
		evicted++
		fmt.Printf("evict %s=%d\n", k, v)
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c.Keys(), evicted)
	v, ok := c.Get("c")
	fmt.Println(v, ok)
	v, ok = c.Get("a")
	fmt.Println(v, ok)
	ints := NewLRU[int, []byte](2, nil)
	ints.Put(1, []byte("one"))
	ints.Put(2, []byte("two"))
	ints.Put(3, []byte("three"))
	b, ok := ints.Get(1)
	fmt.Println(b == nil, ok, ints.Keys())
}
