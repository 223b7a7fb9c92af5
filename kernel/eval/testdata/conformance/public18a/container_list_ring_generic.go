package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type LRU[K comparable, V any] struct {
	cap   int
	ll    *list.List
	items map[K]*list.Element
}

type entry[K comparable, V any] struct {
	key K
	val V
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) (evicted K, did bool) {
	if e, ok := c.items[k]; ok {
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
		return ent.key, true
	}
	return
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

func dump(l *list.List) string {
	var sb strings.Builder
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Fprint(&sb, e.Value, " ")
	}
	return sb.String()
}

func main() {
	c := NewLRU[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	fmt.Println(c.Put("c", 3))
	fmt.Println(c.Put("a", 10))
	v, ok := c.Get("b")
	fmt.Println(v, ok, c.Keys())
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	fmt.Println(dump(l), l.Len())
	l.MoveToBack(e1)
	l.MoveBefore(e4, l.Front())
	fmt.Println(dump(l))
	other := list.New()
	other.PushBack("x")
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println(dump(l), l.Len())
	fmt.Println(l.Remove(e4), l.Remove(e4), dump(l))
	foreign := other.Front()
	l.MoveToFront(foreign)
	fmt.Println(dump(l), e1.Prev() != nil, l.Back().Value)
	var zero list.List
	zero.PushBack("lazy")
	fmt.Println(zero.Len(), zero.Front().Value)
	r := ring.New(5)
	for i := 1; i <= r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	r.Move(2).Do(func(v any) { fmt.Print(v, ";") })
	fmt.Println()
	s := ring.New(2)
	s.Value, s.Next().Value = "p", "q"
	r.Link(s)
	sum := []string{}
	r.Do(func(v any) { sum = append(sum, fmt.Sprint(v)) })
	fmt.Println(sum, r.Prev().Value)
	var single ring.Ring
	fmt.Println(single.Len(), single.Next() == &single)
}
