package main

import (
	"container/list"
	"fmt"
)

type LFU struct {
	cap     int
	minFreq int
	vals    map[int]*list.Element
	freqs   map[int]*list.List
}

type entry struct{ key, val, freq int }

func NewLFU(c int) *LFU {
	return &LFU{cap: c, vals: map[int]*list.Element{}, freqs: map[int]*list.List{}}
}

func (c *LFU) touch(e *list.Element) *list.Element {
	en := e.Value.(*entry)
	c.freqs[en.freq].Remove(e)
	if c.freqs[en.freq].Len() == 0 {
		delete(c.freqs, en.freq)
		if c.minFreq == en.freq {
			c.minFreq++
		}
	}
	en.freq++
	if c.freqs[en.freq] == nil {
		c.freqs[en.freq] = list.New()
	}
	return c.freqs[en.freq].PushFront(en)
}

func (c *LFU) Get(k int) int {
	e, ok := c.vals[k]
	if !ok {
		return -1
	}
	c.vals[k] = c.touch(e)
	return c.vals[k].Value.(*entry).val
}

func (c *LFU) Put(k, v int) {
	if c.cap == 0 {
		return
	}
	if e, ok := c.vals[k]; ok {
		e.Value.(*entry).val = v
		c.vals[k] = c.touch(e)
		return
	}
	if len(c.vals) == c.cap {
		l := c.freqs[c.minFreq]
		old := l.Remove(l.Back()).(*entry)
		if l.Len() == 0 {
			delete(c.freqs, c.minFreq)
		}
		delete(c.vals, old.key)
	}
	c.minFreq = 1
	if c.freqs[1] == nil {
		c.freqs[1] = list.New()
	}
	c.vals[k] = c.freqs[1].PushFront(&entry{k, v, 1})
}

func main() {
	c := NewLFU(2)
	var out []int
	c.Put(1, 1)
	c.Put(2, 2)
	out = append(out, c.Get(1))
	c.Put(3, 3)
	out = append(out, c.Get(2), c.Get(3))
	c.Put(4, 4)
	out = append(out, c.Get(1), c.Get(3), c.Get(4))
	fmt.Println(out, c.minFreq, len(c.vals))
	z := NewLFU(0)
	z.Put(1, 1)
	fmt.Println(z.Get(1))
}
