package main

import (
	"cmp"
	"container/heap"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func (h *Heap[T]) Len() int           { return len(h.data) }
func (h *Heap[T]) Less(i, j int) bool { return h.less(h.data[i], h.data[j]) }
func (h *Heap[T]) Swap(i, j int)      { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *Heap[T]) Push(x any)         { h.data = append(h.data, x.(T)) }
func (h *Heap[T]) Pop() any {
	n := len(h.data)
	x := h.data[n-1]
	h.data = h.data[:n-1]
	return x
}

type ByKey[T any, K cmp.Ordered] struct {
	items []T
	key   func(T) K
}

func (b ByKey[T, K]) Len() int           { return len(b.items) }
func (b ByKey[T, K]) Less(i, j int) bool { return b.key(b.items[i]) < b.key(b.items[j]) }
func (b ByKey[T, K]) Swap(i, j int)      { b.items[i], b.items[j] = b.items[j], b.items[i] }

type Upper[W io.Writer] struct{ w W }

func (u Upper[W]) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) MarshalJSON() ([]byte, error) {
	var keys []string
	for k := range s.m {
		keys = append(keys, fmt.Sprint(k))
	}
	sort.Strings(keys)
	return json.Marshal(keys)
}

func (s *Set[T]) String() string { b, _ := s.MarshalJSON(); return "Set" + string(b) }

type ID[T any] int

func (i ID[T]) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("id-%d", int(i))), nil }

type task struct {
	name string
	pri  int
}

func main() {
	h := &Heap[task]{less: func(a, b task) bool { return a.pri > b.pri }}
	for i, n := range []string{"a", "b", "c", "d"} {
		heap.Push(h, task{n, (i * 7) % 5})
	}
	for h.Len() > 0 {
		t := heap.Pop(h).(task)
		fmt.Print(t.name, t.pri, " ")
	}
	fmt.Println()
	words := []string{"kiwi", "fig", "banana", "apple"}
	sort.Sort(ByKey[string, int]{words, func(s string) int { return len(s) }})
	fmt.Println(words)
	sort.Stable(sort.Reverse(ByKey[string, string]{words, func(s string) string { return s[1:] }}))
	fmt.Println(words)
	var sb strings.Builder
	fmt.Fprintf(Upper[*strings.Builder]{&sb}, "hello %s", "gen")
	fmt.Println(sb.String())
	s := NewSet(3, 1, 2)
	b, err := json.Marshal(map[string]any{"set": s, "ids": []ID[task]{1, 2}, "m": map[ID[string]]int{7: 1}})
	fmt.Println(string(b), err)
	fmt.Println(s, []*Set[string]{NewSet("x")})
	fmt.Printf("%v %s\n", s, s)
}
