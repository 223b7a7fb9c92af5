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

func NewLRU[K comparable, V any](n int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: map[K]*list.Element{}, evict: onEvict}
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
		en := last.Value.(*entry[K, V])
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
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

type point struct{ x, y int }

func main() {
	var evicted []string
	c := NewLRU[string, int](2, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	c.Put("a", 10)
	c.Put("d", 4)
	fmt.Println(c.Keys(), evicted)
	v, ok := c.Get("b")
	fmt.Println(v, ok)
	pc := NewLRU[point, []string](1, nil)
	pc.Put(point{1, 2}, strings.Fields("x y"))
	pc.Put(point{3, 4}, nil)
	fmt.Println(pc.Keys(), len(pc.items))
	got, ok := pc.Get(point{3, 4})
	fmt.Println(got == nil, ok)
	fmt.Printf("%T\n", c)
}
