// A generic priority queue over container/heap with a less func, a
// generic TopK, and a heap of structs ordered by a field.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type innerHeap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *innerHeap[T]) Len() int           { return len(h.items) }
func (h *innerHeap[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *innerHeap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *innerHeap[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *innerHeap[T]) Pop() any {
	n := len(h.items)
	x := h.items[n-1]
	h.items = h.items[:n-1]
	return x
}

type PQ[T any] struct{ h *innerHeap[T] }

func NewPQ[T any](less func(a, b T) bool, items ...T) PQ[T] {
	h := &innerHeap[T]{items: append([]T(nil), items...), less: less}
	heap.Init(h)
	return PQ[T]{h}
}

func (q PQ[T]) Push(v T) { heap.Push(q.h, v) }
func (q PQ[T]) Pop() T   { return heap.Pop(q.h).(T) }
func (q PQ[T]) Len() int { return q.h.Len() }

func TopK[T cmp.Ordered](xs []T, k int) []T {
	q := NewPQ(func(a, b T) bool { return a < b })
	for _, x := range xs {
		q.Push(x)
		if q.Len() > k {
			q.Pop()
		}
	}
	out := make([]T, q.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = q.Pop()
	}
	return out
}

type Task struct {
	Name string
	Pri  int
}

func main() {
	fmt.Println(TopK([]int{5, 1, 9, 3, 7, 9, 2}, 3))
	fmt.Println(TopK([]string{"pear", "fig", "apple", "kiwi"}, 2))
	q := NewPQ(func(a, b Task) bool { return a.Pri > b.Pri }, Task{"low", 1}, Task{"high", 9})
	q.Push(Task{"mid", 5})
	for q.Len() > 0 {
		fmt.Printf("%+v ", q.Pop())
	}
	fmt.Println()
}
