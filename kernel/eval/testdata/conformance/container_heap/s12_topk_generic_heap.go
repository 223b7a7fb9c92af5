package main

import (
	"container/heap"
	"fmt"
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

type WordCount struct {
	Word  string
	Count int
}

func TopK(words []string, k int) []WordCount {
	counts := map[string]int{}
	for _, w := range words {
		counts[strings.ToLower(w)]++
	}
	h := &Heap[WordCount]{less: func(a, b WordCount) bool {
		if a.Count != b.Count {
			return a.Count < b.Count
		}
		return a.Word > b.Word
	}}
	for w, c := range counts {
		heap.Push(h, WordCount{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]WordCount, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(WordCount)
	}
	return out
}

func main() {
	text := "the quick brown fox jumps over the lazy dog The fox and the dog Quick"
	fmt.Println(TopK(strings.Fields(text), 3))
	fmt.Printf("%+v\n", TopK([]string{"b", "a", "b", "c", "a"}, 2))
	ih := &Heap[int]{data: []int{9, 4, 7, 1}, less: func(a, b int) bool { return a > b }}
	heap.Init(ih)
	ih.data[2] = 100
	heap.Fix(ih, 2)
	fmt.Println(heap.Remove(ih, 1), heap.Pop(ih), heap.Pop(ih), ih.data)
}
