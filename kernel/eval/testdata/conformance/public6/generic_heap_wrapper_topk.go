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

type inner[T any] struct{ h *Heap[T] }

func (x inner[T]) Len() int           { return len(x.h.data) }
func (x inner[T]) Less(i, j int) bool { return x.h.less(x.h.data[i], x.h.data[j]) }
func (x inner[T]) Swap(i, j int)      { x.h.data[i], x.h.data[j] = x.h.data[j], x.h.data[i] }
func (x inner[T]) Push(v any)         { x.h.data = append(x.h.data, v.(T)) }
func (x inner[T]) Pop() any {
	n := len(x.h.data)
	v := x.h.data[n-1]
	x.h.data = x.h.data[:n-1]
	return v
}

func NewHeap[T any](less func(a, b T) bool, items ...T) *Heap[T] {
	h := &Heap[T]{data: append([]T(nil), items...), less: less}
	heap.Init(inner[T]{h})
	return h
}

func (h *Heap[T]) Push(v T) { heap.Push(inner[T]{h}, v) }
func (h *Heap[T]) Pop() T   { return heap.Pop(inner[T]{h}).(T) }
func (h *Heap[T]) Peek() T  { return h.data[0] }
func (h *Heap[T]) Len() int { return len(h.data) }

type WordCount struct {
	Word  string
	Count int
}

func topK(text string, k int) []WordCount {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[strings.Trim(w, ".,;!")]++
	}
	h := NewHeap(func(a, b WordCount) bool {
		if a.Count != b.Count {
			return a.Count < b.Count
		}
		return a.Word > b.Word
	})
	for w, c := range counts {
		h.Push(WordCount{w, c})
		if h.Len() > k {
			h.Pop()
		}
	}
	out := make([]WordCount, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = h.Pop()
	}
	return out
}

func mergeKSorted(lists [][]int) []int {
	type cur struct{ list, idx int }
	h := NewHeap(func(a, b cur) bool { return lists[a.list][a.idx] < lists[b.list][b.idx] })
	for i, l := range lists {
		if len(l) > 0 {
			h.Push(cur{i, 0})
		}
	}
	var out []int
	for h.Len() > 0 {
		c := h.Pop()
		out = append(out, lists[c.list][c.idx])
		if c.idx+1 < len(lists[c.list]) {
			h.Push(cur{c.list, c.idx + 1})
		}
	}
	return out
}

func main() {
	text := "the cat and the hat. The cat sat; the hat sat on the mat and the cat ran!"
	for _, wc := range topK(text, 4) {
		fmt.Printf("%s=%d ", wc.Word, wc.Count)
	}
	fmt.Println()
	fmt.Println(mergeKSorted([][]int{{1, 4, 9}, {2, 3, 10, 11}, {}, {0, 5}}))
	mh := NewHeap(func(a, b float64) bool { return a > b }, 3.5, 1, 9.25, 4)
	mh.Push(7)
	fmt.Println(mh.Peek(), mh.Len())
	for mh.Len() > 0 {
		fmt.Print(mh.Pop(), " ")
	}
	fmt.Println()
}
