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
	evicted []K
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
		c.ll.MoveToFront(e)
		e.Value.(*entry[K, V]).val = v
		return
	}
	e := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ent := last.Value.(*entry[K, V])
		delete(c.items, ent.key)
		c.evicted = append(c.evicted, ent.key)
		if c.OnEvict != nil {
			c.OnEvict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ent := e.Value.(*entry[K, V])
		fmt.Fprintf(&sb, "%v:%v", ent.key, ent.val)
		if e.Next() != nil {
			sb.WriteString(" ")
		}
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { fmt.Printf("evict %s=%d\n", k, v) }
	for i, k := range strings.Split("a b c a d b e a", " ") {
		if v, ok := c.Get(k); ok {
			fmt.Printf("hit %s=%d\n", k, v)
			c.Put(k, v+100)
			continue
		}
		c.Put(k, i)
		fmt.Println("after put", k, c)
	}
	fmt.Println(c, c.evicted)
	fmt.Printf("%v\n", c)
	fmt.Println(c.ll.Len(), len(c.items))
}
