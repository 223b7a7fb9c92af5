// An insertion-ordered generic map with iter.Seq2 iteration, Delete that
// keeps the order, a generic JSON marshaling of it through MarshalJSON,
// and maps/slices helpers on its keys.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) {
	if _, ok := m.vals[k]; !ok {
		return
	}
	delete(m.vals, k)
	m.keys = slices.DeleteFunc(m.keys, func(x K) bool { return x == k })
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

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	i := 0
	for k, v := range m.All() {
		if i > 0 {
			b.WriteByte(',')
		}
		i++
		kb, err := json.Marshal(fmt.Sprint(k))
		if err != nil {
			return nil, err
		}
		vb, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func main() {
	m := NewOrderedMap[string, []int]()
	m.Set("zeta", []int{1})
	m.Set("alpha", nil)
	m.Set("mid", []int{2, 3})
	m.Set("zeta", []int{9})
	m.Delete("alpha")
	m.Delete("missing")
	for k, v := range m.All() {
		fmt.Print(k, v, " ")
	}
	fmt.Println(slices.Collect(m.Keys()))
	data, err := json.Marshal(m)
	fmt.Println(string(data), err)
	n := NewOrderedMap[int, float64]()
	n.Set(3, 0.5)
	n.Set(1, 1.5)
	data, _ = json.Marshal(map[string]any{"n": n})
	fmt.Println(string(data))
	v, ok := n.Get(3)
	fmt.Println(v, ok)
}
