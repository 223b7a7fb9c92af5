package main

import (
	"container/list"
	"fmt"
)

type Task struct {
	ID   int
	Name string
}

func (t Task) String() string { return fmt.Sprintf("#%d %s", t.ID, t.Name) }

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func NewLRU(n int) *LRU { return &LRU{n, list.New(), map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func main() {
	l := list.New()
	l.PushBack(Task{1, "write"})
	l.PushBack(Task{2, "test"})
	l.PushFront(Task{0, "plan"})
	for e := l.Front(); e != nil; e = e.Next() {
		t := e.Value.(Task)
		fmt.Println(t, t.ID)
	}
	c := NewLRU(2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okB := c.Get("b")
	va, okA := c.Get("a")
	fmt.Println(okB, va, okA, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value.(*entry).key, " ")
	}
	fmt.Println()
}
