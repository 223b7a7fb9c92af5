package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// ints is a defined slice type with Less, Swap and Len; minHeap embeds it
// and adds Push and Pop, making a heap.Interface.
type ints []int

func (s ints) Len() int           { return len(s) }
func (s ints) Less(i, j int) bool { return s[i] < s[j] }
func (s ints) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type minHeap struct {
	ints
}

func (h *minHeap) Push(x any) { h.ints = append(h.ints, x.(int)) }
func (h *minHeap) Pop() any {
	old := h.ints
	n := len(old)
	x := old[n-1]
	h.ints = old[:n-1]
	return x
}

// maxHeap embeds *minHeap and overrides Less.
type maxHeap struct {
	*minHeap
}

func (h maxHeap) Less(i, j int) bool { return h.ints[i] > h.ints[j] }

func main() {
	h := &minHeap{ints{5, 2, 8}}
	heap.Init(h)
	heap.Push(h, 1)
	heap.Push(h, 7)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	mh := maxHeap{&minHeap{ints{5, 2, 8}}}
	heap.Init(mh)
	heap.Push(mh, 9)
	out = nil
	for mh.Len() > 0 {
		out = append(out, heap.Pop(mh).(int))
	}
	fmt.Println(out)
	var si sort.Interface = minHeap{ints{3, 1, 2}}
	sort.Sort(si)
	fmt.Printf("%v %T\n", si, si)
}
