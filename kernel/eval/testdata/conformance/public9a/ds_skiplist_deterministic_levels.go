package main

import (
	"cmp"
	"fmt"
	"strings"
)

const maxLevel = 6

type slNode[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next []*slNode[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  *slNode[K, V]
	level int
	seed  uint32
	n     int
}

func New[K cmp.Ordered, V any]() *SkipList[K, V] {
	return &SkipList[K, V]{head: &slNode[K, V]{next: make([]*slNode[K, V], maxLevel)}, level: 1, seed: 12345}
}

func (s *SkipList[K, V]) randLevel() int {
	lvl := 1
	for lvl < maxLevel {
		s.seed ^= s.seed << 13
		s.seed ^= s.seed >> 17
		s.seed ^= s.seed << 5
		if s.seed&3 != 0 {
			break
		}
		lvl++
	}
	return lvl
}

func (s *SkipList[K, V]) Set(k K, v V) {
	update := make([]*slNode[K, V], maxLevel)
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	if nx := x.next[0]; nx != nil && nx.key == k {
		nx.val = v
		return
	}
	lvl := s.randLevel()
	if lvl > s.level {
		for i := s.level; i < lvl; i++ {
			update[i] = s.head
		}
		s.level = lvl
	}
	n := &slNode[K, V]{key: k, val: v, next: make([]*slNode[K, V], lvl)}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.n++
}

func (s *SkipList[K, V]) Get(k K) (v V, ok bool) {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
	}
	if x = x.next[0]; x != nil && x.key == k {
		return x.val, true
	}
	return
}

func (s *SkipList[K, V]) Dump() string {
	var sb strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "L%d:", i)
		for x := s.head.next[i]; x != nil; x = x.next[i] {
			fmt.Fprintf(&sb, " %v", x.key)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	s := New[int, string]()
	for _, k := range []int{50, 20, 80, 10, 30, 70, 90, 60, 40, 20} {
		s.Set(k, fmt.Sprintf("v%d", k))
	}
	fmt.Print(s.Dump())
	for _, k := range []int{10, 55, 90} {
		v, ok := s.Get(k)
		fmt.Printf("%d:%q,%v ", k, v, ok)
	}
	fmt.Println(s.n)
	w := New[string, int]()
	for i, x := range strings.Fields("delta alpha echo bravo charlie") {
		w.Set(x, i)
	}
	fmt.Print(w.Dump())
}
