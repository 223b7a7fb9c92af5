package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := slices.BinarySearch(m.keys, k)
	if !ok {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	delete(m.vals, k)
	return true
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	first := true
	for k, v := range m.All() {
		if !first {
			sb.WriteString(", ")
		}
		first = false
		fmt.Fprintf(&sb, "%v: %v", k, v)
	}
	sb.WriteString("}")
	return sb.String()
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("pear apple fig apple kiwi banana fig") {
		old, _ := m.Get(w)
		m.Set(w, old+i)
	}
	fmt.Println(m, m.Len())
	fmt.Println(m.Delete("fig"), m.Delete("grape"))
	fmt.Println(m)
	for k, v := range m.All() {
		if v > 5 {
			fmt.Println("first big:", k, v)
			break
		}
	}
	scores := NewOrderedMap[float64, []string]()
	scores.Set(2.5, []string{"x"})
	scores.Set(-1, nil)
	v, ok := scores.Get(-1)
	fmt.Println(scores, v == nil, ok)
}
