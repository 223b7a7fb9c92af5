package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Delete(k K) {
	if _, ok := o.m[k]; !ok {
		return
	}
	delete(o.m, k)
	for i, x := range o.keys {
		if x == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
}

func (o *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	i := 0
	for k, v := range o.All() {
		if i > 0 {
			buf.WriteByte(',')
		}
		i++
		kb, err := json.Marshal(fmt.Sprint(k))
		if err != nil {
			return nil, err
		}
		vb, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("key %v: %w", k, err)
		}
		buf.Write(kb)
		buf.WriteByte(':')
		buf.Write(vb)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

type Doc struct {
	Title  string                     `json:"title"`
	Fields *OrderedMap[string, any]   `json:"fields"`
	Counts *OrderedMap[int, []string] `json:"counts,omitempty"`
}

func main() {
	f := NewOrderedMap[string, any]()
	f.Set("zeta", 1)
	f.Set("alpha", []int{1, 2})
	f.Set("mid", map[string]bool{"b": true, "a": false})
	f.Set("zeta", 2.5)
	f.Set("gone", nil)
	f.Delete("gone")
	c := NewOrderedMap[int, []string]()
	c.Set(3, []string{"x"})
	c.Set(1, nil)
	d := Doc{"report", f, c}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(f, "", "  ")
	fmt.Println(string(b), err)
	bad := NewOrderedMap[string, any]()
	bad.Set("ch", make(chan int))
	_, err = json.Marshal(bad)
	fmt.Println(err)
}
