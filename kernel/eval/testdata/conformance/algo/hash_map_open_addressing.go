package main

import (
	"fmt"
	"hash/fnv"
)

type entry struct {
	key  string
	val  int
	used bool
	tomb bool
}

type HashMap struct {
	slots []entry
	n     int
}

func NewHashMap() *HashMap { return &HashMap{slots: make([]entry, 8)} }

func hashOf(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func (m *HashMap) idx(k string) int { return int(hashOf(k) % uint64(len(m.slots))) }

func (m *HashMap) grow() {
	old := m.slots
	m.slots = make([]entry, 2*len(old))
	m.n = 0
	for _, e := range old {
		if e.used && !e.tomb {
			m.Put(e.key, e.val)
		}
	}
}

func (m *HashMap) Put(k string, v int) {
	if (m.n+1)*4 > len(m.slots)*3 {
		m.grow()
	}
	i := m.idx(k)
	for {
		e := &m.slots[i]
		if !e.used || e.tomb {
			*e = entry{key: k, val: v, used: true}
			m.n++
			return
		}
		if e.key == k {
			e.val = v
			return
		}
		i = (i + 1) % len(m.slots)
	}
}

func (m *HashMap) Get(k string) (int, bool) {
	i := m.idx(k)
	for range len(m.slots) {
		e := m.slots[i]
		if !e.used {
			return 0, false
		}
		if !e.tomb && e.key == k {
			return e.val, true
		}
		i = (i + 1) % len(m.slots)
	}
	return 0, false
}

func (m *HashMap) Delete(k string) bool {
	i := m.idx(k)
	for range len(m.slots) {
		e := &m.slots[i]
		if !e.used {
			return false
		}
		if !e.tomb && e.key == k {
			e.tomb = true
			m.n--
			return true
		}
		i = (i + 1) % len(m.slots)
	}
	return false
}

func main() {
	m := NewHashMap()
	for i := range 50 {
		m.Put(fmt.Sprintf("key%d", i), i*i)
	}
	fmt.Println(m.n, len(m.slots))
	fmt.Println(m.Get("key7"))
	fmt.Println(m.Get("key49"))
	fmt.Println(m.Get("nope"))
	fmt.Println(m.Delete("key7"), m.Delete("key7"), m.n)
	fmt.Println(m.Get("key7"))
	m.Put("key8", -1)
	fmt.Println(m.Get("key8"))
	fmt.Printf("%x\n", hashOf("hello"))
}
