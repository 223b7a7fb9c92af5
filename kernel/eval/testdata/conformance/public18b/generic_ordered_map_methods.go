package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
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

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	for k, v := range m.All() {
		if sb.Len() > 1 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%v: %v", k, v)
	}
	sb.WriteString("}")
	return sb.String()
}

func Sum[K cmp.Ordered, V Number](m *OrderedMap[K, V]) V {
	var total V
	for _, v := range m.All() {
		total += v
	}
	return total
}

func MapValues[K cmp.Ordered, V, W any](m *OrderedMap[K, V], f func(V) W) *OrderedMap[K, W] {
	out := NewOrderedMap[K, W]()
	for k, v := range m.All() {
		out.Set(k, f(v))
	}
	return out
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		n, _ := m.Get(w)
		m.Set(w, n+i)
	}
	fmt.Println(m)
	fmt.Println(Sum(m))
	temps := NewOrderedMap[int, Celsius]()
	temps.Set(3, 21.5)
	temps.Set(1, -4)
	temps.Set(3, 22)
	fmt.Println(temps, Sum(temps))
	lens := MapValues(m, func(v int) string { return strings.Repeat("*", v%5) })
	fmt.Println(lens)
	for k, v := range temps.All() {
		fmt.Printf("%d=%v %T\n", k, v, v)
		break
	}
	p := Pair[string, []int]{"a", []int{1, 2}}
	q := p.Swap()
	fmt.Printf("%v %+v %T\n", p, q, q)
	var s fmt.Stringer = m
	fmt.Println(s.String() == m.String())
	pairs := []Pair[int, Celsius]{{1, 2}, {3, 4}}
	fmt.Println(pairs)
}
