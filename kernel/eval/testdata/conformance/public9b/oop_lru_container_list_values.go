package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value Value
}

type Value interface{ Size() int }

type Blob []byte
type Text string

func (b Blob) Size() int      { return len(b) }
func (t Text) Size() int      { return len(t) }
func (t Text) String() string { return "T:" + string(t) }

type LRU struct {
	max, used int
	ll        *list.List
	items     map[string]*list.Element
	evicted   []string
	onEvict   func(string, Value)
}

func NewLRU(max int) *LRU {
	c := &LRU{max: max, ll: list.New(), items: map[string]*list.Element{}}
	c.onEvict = func(k string, v Value) { c.evicted = append(c.evicted, fmt.Sprintf("%s/%d", k, v.Size())) }
	return c
}

func (c *LRU) Get(k string) (Value, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return nil, false
}

func (c *LRU) Put(k string, v Value) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		ent := e.Value.(*entry)
		c.used += v.Size() - ent.value.Size()
		ent.value = v
	} else {
		c.items[k] = c.ll.PushFront(&entry{k, v})
		c.used += v.Size()
	}
	for c.used > c.max && c.ll.Len() > 0 {
		last := c.ll.Back()
		ent := c.ll.Remove(last).(*entry)
		delete(c.items, ent.key)
		c.used -= ent.value.Size()
		c.onEvict(ent.key, ent.value)
	}
}

func (c *LRU) Keys() string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return strings.Join(ks, ",")
}

func main() {
	c := NewLRU(10)
	c.Put("a", Text("abc"))
	c.Put("b", Blob{1, 2, 3, 4})
	c.Put("c", Text("xy"))
	fmt.Println(c.Keys(), c.used)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	c.Put("d", Text("12345"))
	fmt.Println(c.Keys(), c.used, c.evicted)
	c.Put("a", Blob(nil))
	fmt.Println(c.Keys(), c.used)
	_, ok = c.Get("b")
	fmt.Println(ok)
	l := list.New()
	l.PushBack(Text("x"))
	l.PushFront(Blob{9})
	l.InsertAfter(Text("mid"), l.Front())
	for e := l.Front(); e != nil; e = e.Next() {
		switch v := e.Value.(type) {
		case fmt.Stringer:
			fmt.Print(v.String(), " ")
		case Value:
			fmt.Print("size ", v.Size(), " ")
		}
	}
	fmt.Println()
}
