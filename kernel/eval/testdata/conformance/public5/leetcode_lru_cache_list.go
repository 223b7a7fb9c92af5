package main

import (
	"container/list"
	"fmt"
	"strings"
)

type kv struct {
	key, val int
}

type LRUCache struct {
	cap   int
	ll    *list.List
	items map[int]*list.Element
	evict func(k, v int)
}

func Constructor(capacity int) LRUCache {
	return LRUCache{cap: capacity, ll: list.New(), items: make(map[int]*list.Element)}
}

func (c *LRUCache) Get(key int) int {
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*kv).val
	}
	return -1
}

func (c *LRUCache) Put(key, value int) {
	if e, ok := c.items[key]; ok {
		e.Value.(*kv).val = value
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&kv{key, value})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		p := c.ll.Remove(last).(*kv)
		delete(c.items, p.key)
		if c.evict != nil {
			c.evict(p.key, p.val)
		}
	}
}

func (c *LRUCache) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		p := e.Value.(*kv)
		parts = append(parts, fmt.Sprintf("%d:%d", p.key, p.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := Constructor(2)
	var evicted []string
	c.evict = func(k, v int) { evicted = append(evicted, fmt.Sprint(k, "=", v)) }
	c.Put(1, 1)
	c.Put(2, 2)
	fmt.Println(c.Get(1), &c)
	c.Put(3, 3)
	fmt.Println(c.Get(2), &c)
	c.Put(4, 4)
	fmt.Println(c.Get(1), c.Get(3), c.Get(4), c.String())
	c.Put(3, 30)
	c.Put(5, 5)
	fmt.Println(c.String(), evicted, len(c.items))

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
