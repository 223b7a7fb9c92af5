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
	Evict func(K, V)
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, en.key)
		if c.Evict != nil {
			c.Evict(en.key, en.val)
		}
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Keys() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value.(*entry[K, V]).key))
	}
	return strings.Join(parts, ",")
}

type Point struct{ X, Y int }

func main() {
	c := NewLRU[string, Point](3)
	var evicted []string
	c.Evict = func(k string, v Point) { evicted = append(evicted, fmt.Sprintf("%s%v", k, v)) }
	c.Put("a", Point{1, 1})
	c.Put("b", Point{2, 2})
	c.Put("c", Point{3, 3})
	c.Get("a")
	c.Put("d", Point{4, 4})
	c.Put("c", Point{30, 30})
	c.Put("e", Point{5, 5})
	fmt.Println(c.Keys(), evicted)
	v, ok := c.Get("b")
	fmt.Println(v, ok)
	v, ok = c.Get("c")
	fmt.Println(v, ok)
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	other := list.New()
	other.PushBack(9)
	l.PushBackList(other)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
