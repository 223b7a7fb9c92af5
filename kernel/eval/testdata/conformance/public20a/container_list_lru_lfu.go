package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
	freq  int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(string, int)
}

func NewLRU(cap int, evict func(string, int)) *LRU {
	return &LRU{cap: cap, ll: list.New(), items: map[string]*list.Element{}, evict: evict}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{key: k, value: v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		en := last.Value.(*entry)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

type LFU struct {
	cap     int
	minFreq int
	items   map[string]*list.Element
	freqs   map[int]*list.List
}

func NewLFU(cap int) *LFU {
	return &LFU{cap: cap, items: map[string]*list.Element{}, freqs: map[int]*list.List{}}
}

func (c *LFU) touch(el *list.Element) *list.Element {
	en := el.Value.(*entry)
	l := c.freqs[en.freq]
	l.Remove(el)
	if l.Len() == 0 {
		delete(c.freqs, en.freq)
		if c.minFreq == en.freq {
			c.minFreq++
		}
	}
	en.freq++
	if c.freqs[en.freq] == nil {
		c.freqs[en.freq] = list.New()
	}
	ne := c.freqs[en.freq].PushFront(en)
	c.items[en.key] = ne
	return ne
}

func (c *LFU) Get(k string) (int, bool) {
	el, ok := c.items[k]
	if !ok {
		return 0, false
	}
	return c.touch(el).Value.(*entry).value, true
}

func (c *LFU) Put(k string, v int) (evicted string) {
	if c.cap == 0 {
		return ""
	}
	if el, ok := c.items[k]; ok {
		el.Value.(*entry).value = v
		c.touch(el)
		return ""
	}
	if len(c.items) >= c.cap {
		l := c.freqs[c.minFreq]
		last := l.Back()
		l.Remove(last)
		evicted = last.Value.(*entry).key
		delete(c.items, evicted)
	}
	en := &entry{key: k, value: v, freq: 1}
	if c.freqs[1] == nil {
		c.freqs[1] = list.New()
	}
	c.items[k] = c.freqs[1].PushFront(en)
	c.minFreq = 1
	return evicted
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) })
	for i, k := range strings.Fields("a b c a d b e a") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	fmt.Println(c.Keys(), evicted)
	v, ok := c.Get("e")
	fmt.Println(v, ok)
	lfu := NewLFU(2)
	fmt.Printf("%q ", lfu.Put("x", 1))
	fmt.Printf("%q ", lfu.Put("y", 2))
	lfu.Get("x")
	fmt.Printf("%q ", lfu.Put("z", 3))
	_, okY := lfu.Get("y")
	lfu.Get("z")
	lfu.Get("z")
	fmt.Printf("%q ", lfu.Put("w", 4))
	fmt.Println(okY)
	for _, k := range []string{"x", "y", "z", "w"} {
		v, ok := lfu.Get(k)
		fmt.Print(k, v, ok, " ")
	}
	fmt.Println()
	l := list.New()
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 0 {
			l.Remove(e)
		}
		e = next
	}
	other := list.New()
	other.PushBack("x")
	l.PushBackList(other)
	l.PushFrontList(other)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
