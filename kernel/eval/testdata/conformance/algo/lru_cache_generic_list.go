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
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: make(map[K]*list.Element)}
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
		c.ll.Remove(last)
		ent := last.Value.(*entry[K, V])
		delete(c.items, ent.key)
		if c.OnEvict != nil {
			c.OnEvict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) Keys() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value.(*entry[K, V]).key))
	}
	return strings.Join(parts, ",")
}

func main() {
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { fmt.Printf("evict %s=%d\n", k, v) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	fmt.Println(c.Get("a"))
	c.Put("d", 4)
	fmt.Println(c.Keys())
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c.Keys())
	v, _ := c.Get("c")
	fmt.Println(v, c.ll.Len(), len(c.items))
	ic := NewLRU[int, []string](2)
	ic.Put(1, []string{"x"})
	ic.Put(2, nil)
	ic.Put(3, []string{"y", "z"})
	fmt.Println(ic.Keys())
}
