package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"strconv"
)

// An insertion-ordered map whose order is a doubly linked list of its
// entries (delete and move-to-end in O(1)), encoded to JSON in that order.

type link[K comparable, V any] struct {
	key        K
	val        V
	prev, next *link[K, V]
}

type Ordered[K comparable, V any] struct {
	index      map[K]*link[K, V]
	head, tail *link[K, V]
}

func (o *Ordered[K, V]) Put(k K, v V) {
	if o.index == nil {
		o.index = map[K]*link[K, V]{}
	}
	if l, ok := o.index[k]; ok {
		l.val = v
		return
	}
	l := &link[K, V]{key: k, val: v, prev: o.tail}
	if o.tail != nil {
		o.tail.next = l
	} else {
		o.head = l
	}
	o.tail = l
	o.index[k] = l
}

func (o *Ordered[K, V]) unlink(l *link[K, V]) {
	if l.prev != nil {
		l.prev.next = l.next
	} else {
		o.head = l.next
	}
	if l.next != nil {
		l.next.prev = l.prev
	} else {
		o.tail = l.prev
	}
	l.prev, l.next = nil, nil
}

func (o *Ordered[K, V]) Remove(k K) (V, bool) {
	l, ok := o.index[k]
	if !ok {
		var z V
		return z, false
	}
	o.unlink(l)
	delete(o.index, k)
	return l.val, true
}

func (o *Ordered[K, V]) Touch(k K) bool {
	l, ok := o.index[k]
	if !ok || l == o.tail {
		return ok
	}
	o.unlink(l)
	l.prev = o.tail
	o.tail.next = l
	o.tail = l
	return true
}

func (o *Ordered[K, V]) Pairs() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for l := o.head; l != nil; l = l.next {
			if !yield(l.key, l.val) {
				return
			}
		}
	}
}

func (o *Ordered[K, V]) Backward() iter.Seq[K] {
	return func(yield func(K) bool) {
		for l := o.tail; l != nil; l = l.prev {
			if !yield(l.key) {
				return
			}
		}
	}
}

func (o *Ordered[K, V]) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	for k, v := range o.Pairs() {
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.WriteString(strconv.Quote(fmt.Sprint(k)))
		b.WriteByte(':')
		enc, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("ordered map key %v: %w", k, err)
		}
		b.Write(enc)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

type Settings struct {
	Version int                      `json:"version"`
	Env     *Ordered[string, string] `json:"env"`
	Ports   *Ordered[int, []int]     `json:"ports"`
}

func main() {
	env := &Ordered[string, string]{}
	for _, kv := range [][2]string{{"PATH", "/bin"}, {"HOME", "/root"}, {"LANG", "ko_KR"}, {"TERM", "xterm"}} {
		env.Put(kv[0], kv[1])
	}
	env.Touch("PATH")
	env.Put("HOME", "/home/gopher")
	v, ok := env.Remove("LANG")
	_, ok2 := env.Remove("LANG")
	fmt.Println(v, ok, ok2, env.Touch("NOPE"))
	for k := range env.Backward() {
		fmt.Print(k, " ")
	}
	fmt.Println()
	ports := &Ordered[int, []int]{}
	ports.Put(8080, []int{1, 2})
	ports.Put(22, nil)
	ports.Put(443, []int{})
	b, err := json.Marshal(Settings{2, env, ports})
	fmt.Println(string(b), err)
	bad := &Ordered[string, any]{}
	bad.Put("f", func() {})
	_, err = json.Marshal(bad)
	fmt.Println(err)
	var empty Ordered[string, int]
	b, _ = json.Marshal(&empty)
	fmt.Println(string(b), empty.Touch("x"))
}
