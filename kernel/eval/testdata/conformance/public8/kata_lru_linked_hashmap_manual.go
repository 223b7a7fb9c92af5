package main

import (
	"fmt"
	"strings"
)

type node struct {
	key, val   int
	prev, next *node
}

type LRU struct {
	cap        int
	m          map[int]*node
	head, tail *node
}

func New(capacity int) *LRU {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return &LRU{cap: capacity, m: map[int]*node{}, head: h, tail: t}
}

func (c *LRU) unlink(n *node) { n.prev.next, n.next.prev = n.next, n.prev }
func (c *LRU) front(n *node) {
	n.prev, n.next = c.head, c.head.next
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU) Get(k int) int {
	n, ok := c.m[k]
	if !ok {
		return -1
	}
	c.unlink(n)
	c.front(n)
	return n.val
}

func (c *LRU) Put(k, v int) {
	if n, ok := c.m[k]; ok {
		n.val = v
		c.unlink(n)
		c.front(n)
		return
	}
	if len(c.m) == c.cap {
		lru := c.tail.prev
		c.unlink(lru)
		delete(c.m, lru.key)
	}
	n := &node{key: k, val: v}
	c.m[k] = n
	c.front(n)
}

func (c *LRU) String() string {
	var parts []string
	for n := c.head.next; n != c.tail; n = n.next {
		parts = append(parts, fmt.Sprintf("%d:%d", n.key, n.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := New(2)
	ops := []struct {
		op   string
		k, v int
	}{{"put", 1, 1}, {"put", 2, 2}, {"get", 1, 0}, {"put", 3, 3}, {"get", 2, 0}, {"put", 4, 4}, {"get", 1, 0}, {"get", 3, 0}, {"get", 4, 0}, {"put", 3, 30}}
	for _, o := range ops {
		if o.op == "put" {
			c.Put(o.k, o.v)
			fmt.Printf("put(%d,%d) %v\n", o.k, o.v, c)
		} else {
			fmt.Printf("get(%d)=%d %v\n", o.k, c.Get(o.k), c)
		}
	}
}
