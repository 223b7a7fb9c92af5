package main

import (
	"fmt"
	"iter"
	"strings"
)

type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}, vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) (replaced bool) {
	if _, ok := m.vals[k]; ok {
		replaced = true
	} else {
		m.index[k] = len(m.keys)
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
	return
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	delete(m.index, k)
	delete(m.vals, k)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
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

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for k, v := range m.All() {
		if !first {
			sb.WriteString(", ")
		}
		first = false
		fmt.Fprintf(&sb, "%v: %v", k, v)
	}
	sb.WriteByte('}')
	return sb.String()
}

type Config struct {
	Port    int
	Verbose bool
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("zeta alpha mid alpha omega beta") {
		if m.Set(w, i) {
			fmt.Println("replaced", w)
		}
	}
	fmt.Println(m, m.Len())
	fmt.Println(m.Delete("mid"), m.Delete("nope"))
	for k, v := range m.All() {
		if v > 4 {
			break
		}
		fmt.Print(k, "=", v, ";")
	}
	fmt.Println()
	v, ok := m.Get("beta")
	fmt.Println(v, ok)
	var ks []string
	for k := range m.Keys() {
		ks = append(ks, strings.ToUpper(k))
	}
	fmt.Println(ks)
	cm := NewOrderedMap[int, Config]()
	cm.Set(8080, Config{8080, true})
	cm.Set(22, Config{Port: 22})
	fmt.Println(cm)
	fmt.Printf("%v %s\n", cm, cm)
	pm := NewOrderedMap[[2]int, *Config]()
	pm.Set([2]int{1, 2}, &Config{Port: 1})
	for k, v := range pm.All() {
		fmt.Println(k, v.Port)
	}
}
