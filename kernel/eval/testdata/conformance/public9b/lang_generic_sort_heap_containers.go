package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type By[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (b By[T]) Len() int           { return len(b.items) }
func (b By[T]) Less(i, j int) bool { return b.less(b.items[i], b.items[j]) }
func (b By[T]) Swap(i, j int)      { b.items[i], b.items[j] = b.items[j], b.items[i] }

type MinHeap[T cmp.Ordered] []T

func (h MinHeap[T]) Len() int           { return len(h) }
func (h MinHeap[T]) Less(i, j int) bool { return h[i] < h[j] }
func (h MinHeap[T]) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MinHeap[T]) Push(x any)        { *h = append(*h, x.(T)) }
func (h *MinHeap[T]) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Stack[T fmt.Stringer] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) String() string {
	var parts []string
	for _, it := range s.items {
		parts = append(parts, it.String())
	}
	return "[" + strings.Join(parts, " | ") + "]"
}

type Word string

func (w Word) String() string { return strings.ToUpper(string(w)) }

func main() {
	words := []string{"pear", "fig", "banana", "kiwi"}
	sort.Sort(By[string]{words, func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b }})
	fmt.Println(words)
	h := &MinHeap[float64]{3.5, 1.25, 9}
	heap.Init(h)
	heap.Push(h, 0.5)
	var out []float64
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(float64))
	}
	fmt.Println(out)
	hs := &MinHeap[string]{}
	for _, w := range words {
		heap.Push(hs, w)
	}
	fmt.Println(heap.Pop(hs), heap.Pop(hs), hs.Len())
	var st Stack[Word]
	st.Push("a")
	st.Push("bc")
	fmt.Println(&st, st.String())
	var si sort.Interface = By[int]{[]int{3, 1, 2}, func(a, b int) bool { return a > b }}
	sort.Sort(si)
	fmt.Println(si.(By[int]).items, sort.IsSorted(si))
	fmt.Printf("%T\n", si)
}
