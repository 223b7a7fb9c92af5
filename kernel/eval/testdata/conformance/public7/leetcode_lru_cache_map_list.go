package main

import "fmt"

type node struct {
	key, val   int
	prev, next *node
}

type LRUCache struct {
	cap        int
	items      map[int]*node
	head, tail *node // sentinels
}

func Constructor(capacity int) LRUCache {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return LRUCache{cap: capacity, items: map[int]*node{}, head: h, tail: t}
}

func (c *LRUCache) unlink(n *node) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (c *LRUCache) pushFront(n *node) {
	n.prev, n.next = c.head, c.head.next
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRUCache) Get(key int) int {
	n, ok := c.items[key]
	if !ok {
		return -1
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val
}

func (c *LRUCache) Put(key, value int) {
	if n, ok := c.items[key]; ok {
		n.val = value
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		lru := c.tail.prev
		c.unlink(lru)
		delete(c.items, lru.key)
	}
	n := &node{key: key, val: value}
	c.items[key] = n
	c.pushFront(n)
}

func (c *LRUCache) Keys() []int {
	var out []int
	for n := c.head.next; n != c.tail; n = n.next {
		out = append(out, n.key)
	}
	return out
}

func main() {
	c := Constructor(2)
	c.Put(1, 1)
	c.Put(2, 2)
	fmt.Println(c.Get(1))
	c.Put(3, 3)
	fmt.Println(c.Get(2))
	c.Put(4, 4)
	fmt.Println(c.Get(1), c.Get(3), c.Get(4), c.Keys())
	ops := []string{"put", "put", "put", "get", "put", "get", "get", "get"}
	args := [][]int{{1, 10}, {2, 20}, {3, 30}, {1}, {4, 40}, {2}, {3}, {1}}
	big := Constructor(3)
	var out []any
	for i, op := range ops {
		switch op {
		case "put":
			big.Put(args[i][0], args[i][1])
			out = append(out, nil)
		case "get":
			out = append(out, big.Get(args[i][0]))
		}
	}
	fmt.Println(out, big.Keys(), len(big.items))
}
