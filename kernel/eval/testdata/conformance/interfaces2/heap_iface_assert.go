package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type minHeap []int

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &minHeap{5, 2, 8}
	var hi heap.Interface = h
	heap.Init(hi)
	heap.Push(hi, 1)
	var si sort.Interface = hi
	fmt.Println(si.Len())
	back, ok := si.(heap.Interface)
	fmt.Println(ok)
	for back.Len() > 0 {
		fmt.Print(heap.Pop(back), " ")
	}
	fmt.Println()
	p, ok := si.(*minHeap)
	fmt.Println(ok, len(*p))
}
