package main

import (
	"fmt"
	"hash/fnv"
	"sort"
)

type Hasher[K any] func(K) uint64

type entry[K comparable, V any] struct {
	key   K
	val   V
	state uint8 // 0 empty, 1 used, 2 deleted
}

type HashMap[K comparable, V any] struct {
	slots []entry[K, V]
	n     int
	hash  Hasher[K]
	probe int
}

func New[K comparable, V any](h Hasher[K]) *HashMap[K, V] {
	return &HashMap[K, V]{slots: make([]entry[K, V], 8), hash: h}
}

func (m *HashMap[K, V]) find(k K) (int, bool) {
	mask := uint64(len(m.slots) - 1)
	i := m.hash(k) & mask
	tomb := -1
	for {
		m.probe++
		e := &m.slots[i]
		switch e.state {
		case 0:
			if tomb >= 0 {
				return tomb, false
			}
			return int(i), false
		case 1:
			if e.key == k {
				return int(i), true
			}
		case 2:
			if tomb < 0 {
				tomb = int(i)
			}
		}
		i = (i + 1) & mask
	}
}

func (m *HashMap[K, V]) Put(k K, v V) {
	if (m.n+1)*4 > len(m.slots)*3 {
		old := m.slots
		m.slots = make([]entry[K, V], 2*len(old))
		m.n = 0
		for _, e := range old {
			if e.state == 1 {
				m.Put(e.key, e.val)
			}
		}
	}
	i, found := m.find(k)
	if !found {
		m.n++
	}
	m.slots[i] = entry[K, V]{k, v, 1}
}

func (m *HashMap[K, V]) Get(k K) (V, bool) {
	i, ok := m.find(k)
	if !ok {
		var z V
		return z, false
	}
	return m.slots[i].val, true
}

func (m *HashMap[K, V]) Delete(k K) bool {
	i, ok := m.find(k)
	if ok {
		m.slots[i].state = 2
		m.n--
	}
	return ok
}

func strHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func main() {
	m := New[string, int](strHash)
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}
	for i, w := range words {
		m.Put(w, i*i)
	}
	m.Put("beta", -1)
	fmt.Println(m.n, len(m.slots))
	for _, w := range []string{"alpha", "beta", "kappa", "omega"} {
		v, ok := m.Get(w)
		fmt.Print(w, ":", v, ",", ok, " ")
	}
	fmt.Println()
	fmt.Println(m.Delete("gamma"), m.Delete("gamma"), m.n)
	m.Put("gamma", 3)
	v, _ := m.Get("gamma")
	var keys []string
	for _, e := range m.slots {
		if e.state == 1 {
			keys = append(keys, e.key)
		}
	}
	sort.Strings(keys)
	fmt.Println(v, keys)
	im := New[int, string](func(k int) uint64 { return uint64(k) * 0x9E3779B97F4A7C15 })
	for i := 0; i < 100; i++ {
		im.Put(i*7, fmt.Sprint(i))
	}
	s, ok := im.Get(693)
	fmt.Println(im.n, len(im.slots), s, ok, im.probe > 100)
}
