package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

type Heap[T any] struct {
	items []T
	less  func(a, b T) int
}

func (h *Heap[T]) Len() int           { return len(h.items) }
func (h *Heap[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) < 0 }
func (h *Heap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *Heap[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *Heap[T]) Pop() any {
	n := len(h.items)
	x := h.items[n-1]
	h.items = h.items[:n-1]
	return x
}

func NewHeap[T any](cmpf func(a, b T) int, init ...T) *Heap[T] {
	h := &Heap[T]{items: append([]T(nil), init...), less: cmpf}
	heap.Init(h)
	return h
}

func (h *Heap[T]) PushT(v T) { heap.Push(h, v) }
func (h *Heap[T]) PopT() T   { return heap.Pop(h).(T) }

type Task struct {
	Pri  int
	Name string
}

func TopK[T cmp.Ordered](xs []T, k int) []T {
	h := NewHeap(cmp.Compare[T])
	for _, x := range xs {
		h.PushT(x)
		if h.Len() > k {
			h.PopT()
		}
	}
	out := make([]T, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = h.PopT()
	}
	return out
}

func main() {
	tasks := NewHeap(func(a, b Task) int {
		return cmp.Or(-cmp.Compare(a.Pri, b.Pri), strings.Compare(a.Name, b.Name))
	}, Task{2, "write"}, Task{5, "deploy"}, Task{2, "review"})
	tasks.PushT(Task{9, "hotfix"})
	tasks.PushT(Task{5, "build"})
	for tasks.Len() > 0 {
		t := tasks.PopT()
		fmt.Printf("%d %s\n", t.Pri, t.Name)
	}
	fmt.Println(TopK([]int{5, 1, 9, 3, 7, 9, 2}, 3))
	fmt.Println(TopK([]string{"pear", "apple", "zoo", "kiwi"}, 2))
	fmt.Println(TopK([]float64{0.5, -1}, 5))
	h := NewHeap(func(a, b int) int { return b - a })
	h.PushT(3)
	fmt.Println(h.PopT(), h.Len())
}
