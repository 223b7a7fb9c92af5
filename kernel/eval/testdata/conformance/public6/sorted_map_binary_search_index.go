package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Entry[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

type SortedMap[K cmp.Ordered, V any] struct {
	entries []Entry[K, V]
}

func (m *SortedMap[K, V]) find(k K) (int, bool) {
	return slices.BinarySearchFunc(m.entries, k, func(e Entry[K, V], k K) int { return cmp.Compare(e.Key, k) })
}

func (m *SortedMap[K, V]) Put(k K, v V) {
	i, ok := m.find(k)
	if ok {
		m.entries[i].Val = v
		return
	}
	m.entries = slices.Insert(m.entries, i, Entry[K, V]{k, v})
}

func (m *SortedMap[K, V]) Get(k K) (V, bool) {
	if i, ok := m.find(k); ok {
		return m.entries[i].Val, true
	}
	var zero V
	return zero, false
}

func (m *SortedMap[K, V]) Delete(k K) bool {
	i, ok := m.find(k)
	if ok {
		m.entries = slices.Delete(m.entries, i, i+1)
	}
	return ok
}

// Range returns entries with lo <= key < hi.
func (m *SortedMap[K, V]) Range(lo, hi K) []Entry[K, V] {
	i, _ := m.find(lo)
	j, _ := m.find(hi)
	return m.entries[i:j]
}

func (m *SortedMap[K, V]) Floor(k K) (Entry[K, V], bool) {
	i, ok := m.find(k)
	if ok {
		return m.entries[i], true
	}
	if i == 0 {
		return Entry[K, V]{}, false
	}
	return m.entries[i-1], true
}

func main() {
	var idx SortedMap[string, []int]
	text := "to be or not to be that is the question whether tis nobler"
	for pos, w := range strings.Fields(text) {
		cur, _ := idx.Get(w)
		idx.Put(w, append(cur, pos))
	}
	fmt.Println(len(idx.entries), idx.entries[0], idx.entries[len(idx.entries)-1])
	v, ok := idx.Get("be")
	fmt.Println(v, ok)
	fmt.Println(idx.Range("n", "t"))
	fmt.Println(idx.Delete("or"), idx.Delete("or"), len(idx.entries))
	e, ok := idx.Floor("p")
	fmt.Println(e.Key, ok)
	_, ok = idx.Floor("a")
	fmt.Println(ok)

	var prices SortedMap[float64, string]
	for _, p := range []struct {
		at   float64
		name string
	}{{9.99, "basic"}, {19.5, "plus"}, {4.25, "mini"}, {49, "pro"}} {
		prices.Put(p.at, p.name)
	}
	budget := 20.0
	best, _ := prices.Floor(budget)
	fmt.Printf("best under %.0f: %s (%.2f)\n", budget, best.Val, best.Key)
	fmt.Println(prices.Range(5, 20))
}
