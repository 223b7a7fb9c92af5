package main

import (
	"container/list"
	"fmt"
	"strings"
)

type item struct {
	key, val string
	freq     int
	elem     *list.Element
}

type LFU struct {
	cap     int
	items   map[string]*item
	buckets map[int]*list.List
	minFreq int
}

func NewLFU(c int) *LFU {
	return &LFU{cap: c, items: map[string]*item{}, buckets: map[int]*list.List{}}
}

func (c *LFU) touch(it *item) {
	b := c.buckets[it.freq]
	b.Remove(it.elem)
	if b.Len() == 0 {
		delete(c.buckets, it.freq)
		if c.minFreq == it.freq {
			c.minFreq++
		}
	}
	it.freq++
	c.push(it)
}

func (c *LFU) push(it *item) {
	b, ok := c.buckets[it.freq]
	if !ok {
		b = list.New()
		c.buckets[it.freq] = b
	}
	it.elem = b.PushFront(it)
}

func (c *LFU) Get(k string) (string, bool) {
	it, ok := c.items[k]
	if !ok {
		return "", false
	}
	c.touch(it)
	return it.val, true
}

func (c *LFU) Put(k, v string) (evicted string) {
	if c.cap == 0 {
		return ""
	}
	if it, ok := c.items[k]; ok {
		it.val = v
		c.touch(it)
		return ""
	}
	if len(c.items) == c.cap {
		b := c.buckets[c.minFreq]
		victim := b.Remove(b.Back()).(*item)
		if b.Len() == 0 {
			delete(c.buckets, c.minFreq)
		}
		delete(c.items, victim.key)
		evicted = victim.key
	}
	it := &item{key: k, val: v, freq: 1}
	c.items[k] = it
	c.push(it)
	c.minFreq = 1
	return evicted
}

func (c *LFU) String() string {
	var parts []string
	for f := 1; f <= 10; f++ {
		b, ok := c.buckets[f]
		if !ok {
			continue
		}
		var ks []string
		for e := b.Front(); e != nil; e = e.Next() {
			ks = append(ks, e.Value.(*item).key)
		}
		parts = append(parts, fmt.Sprintf("f%d:%s", f, strings.Join(ks, ",")))
	}
	return strings.Join(parts, " ") + fmt.Sprintf(" (min %d)", c.minFreq)
}

func main() {
	c := NewLFU(3)
	ops := []string{"put a 1", "put b 2", "get a", "put c 3", "get b", "get b", "put d 4", "get c", "get a", "put e 5", "get d", "put a 9", "get a"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			ev := c.Put(f[1], f[2])
			fmt.Printf("%-8s evicted=%q  %v\n", op, ev, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-8s -> %q %v  %v\n", op, v, ok, c)
		}
	}
	z := NewLFU(0)
	fmt.Println(z.Put("x", "y"), len(z.items))
}
