package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value any
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(key string, v any)
}

func NewLRU(n int, onEvict func(string, any)) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}, evict: onEvict}
}

func (c *LRU) Get(k string) (any, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return nil, false
}

func (c *LRU) Put(k string, v any) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		e.Value.(*entry).value = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.value)
		}
	}
}

func (c *LRU) String() string {
	var sb strings.Builder
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		fmt.Fprintf(&sb, "%s:%v ", en.key, en.value)
	}
	return strings.TrimSpace(sb.String())
}

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v any) { evicted = append(evicted, fmt.Sprintf("%s=%v", k, v)) })
	c.Put("a", 1)
	c.Put("b", point{1, 2})
	c.Put("c", []int{3})
	c.Get("a")
	c.Put("d", &point{4, 5})
	c.Put("b", "again")
	c.Put("e", map[string]int{"k": 1})
	fmt.Println(c)
	fmt.Println(evicted)
	if v, ok := c.Get("d"); ok {
		p := v.(*point)
		p.X = 40
	}
	v, _ := c.Get("d")
	fmt.Println(v, c.ll.Len(), len(c.items))
	switch x := c.ll.Back().Value.(*entry).value.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", x)
	case string:
		fmt.Println("string", x)
	default:
		fmt.Printf("other %T\n", x)
	}
}
