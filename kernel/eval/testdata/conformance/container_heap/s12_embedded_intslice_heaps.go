package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// MinHeap embeds sort.IntSlice (Len, Less, Swap) and adds Push and Pop.
type MinHeap struct{ sort.IntSlice }

func (h *MinHeap) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *MinHeap) Pop() any {
	old := h.IntSlice
	x := old[len(old)-1]
	h.IntSlice = old[:len(old)-1]
	return x
}

// MaxHeap overrides Less.
type MaxHeap struct{ MinHeap }

func (h MaxHeap) Less(i, j int) bool { return h.IntSlice[i] > h.IntSlice[j] }

// Median keeps the lower half in a max-heap and the upper in a min-heap.
type Median struct {
	lo *MaxHeap
	hi *MinHeap
}

func NewMedian() *Median { return &Median{&MaxHeap{}, &MinHeap{}} }

func (m *Median) Add(x int) {
	if m.lo.Len() == 0 || x <= m.lo.IntSlice[0] {
		heap.Push(m.lo, x)
	} else {
		heap.Push(m.hi, x)
	}
	if m.lo.Len() > m.hi.Len()+1 {
		heap.Push(m.hi, heap.Pop(m.lo))
	} else if m.hi.Len() > m.lo.Len() {
		heap.Push(m.lo, heap.Pop(m.hi))
	}
}

func (m *Median) Value() float64 {
	if m.lo.Len() > m.hi.Len() {
		return float64(m.lo.IntSlice[0])
	}
	return float64(m.lo.IntSlice[0]+m.hi.IntSlice[0]) / 2
}

func main() {
	m := NewMedian()
	for _, x := range []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2} {
		m.Add(x)
		fmt.Print(m.Value(), " ")
	}
	fmt.Println()
	fmt.Println(m.lo.Len(), m.hi.Len())
	h := &MinHeap{sort.IntSlice{9, 4, 7}}
	heap.Init(h)
	heap.Push(h, 1)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	mx := &MaxHeap{MinHeap{sort.IntSlice{3, 9, 1}}}
	heap.Init(mx)
	fmt.Println(heap.Pop(mx), mx.IntSlice.Len(), sort.IsSorted(mx.IntSlice))
}
