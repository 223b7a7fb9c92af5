package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// MaxHeap reverses IntHeap's order by embedding it.
type MaxHeap struct{ IntHeap }

func (h MaxHeap) Less(i, j int) bool { return h.IntHeap[i] > h.IntHeap[j] }

func kthLargest(nums []int, k int) int {
	h := &IntHeap{}
	for _, n := range nums {
		heap.Push(h, n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	return (*h)[0]
}

type MedianFinder struct {
	lo *MaxHeap
	hi *IntHeap
}

func NewMedianFinder() *MedianFinder { return &MedianFinder{&MaxHeap{}, &IntHeap{}} }

func (m *MedianFinder) Add(n int) {
	heap.Push(m.lo, n)
	heap.Push(m.hi, heap.Pop(m.lo))
	if m.hi.Len() > m.lo.Len() {
		heap.Push(m.lo, heap.Pop(m.hi))
	}
}

func (m *MedianFinder) Median() float64 {
	if m.lo.Len() > m.hi.Len() {
		return float64(m.lo.IntHeap[0])
	}
	return float64(m.lo.IntHeap[0]+(*m.hi)[0]) / 2
}

type pair struct{ sum, i, j int }
type pairHeap []pair

func (h pairHeap) Len() int           { return len(h) }
func (h pairHeap) Less(i, j int) bool { return h[i].sum < h[j].sum }
func (h pairHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)        { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any          { o := *h; x := o[len(o)-1]; *h = o[:len(o)-1]; return x }

func kSmallestPairs(a, b []int, k int) [][2]int {
	h := &pairHeap{}
	for i := 0; i < len(a) && i < k; i++ {
		heap.Push(h, pair{a[i] + b[0], i, 0})
	}
	var out [][2]int
	for h.Len() > 0 && len(out) < k {
		p := heap.Pop(h).(pair)
		out = append(out, [2]int{a[p.i], b[p.j]})
		if p.j+1 < len(b) {
			heap.Push(h, pair{a[p.i] + b[p.j+1], p.i, p.j + 1})
		}
	}
	return out
}

func main() {
	fmt.Println(kthLargest([]int{3, 2, 1, 5, 6, 4}, 2), kthLargest([]int{3, 2, 3, 1, 2, 4, 5, 5, 6}, 4))
	mf := NewMedianFinder()
	for _, n := range []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2} {
		mf.Add(n)
		fmt.Print(mf.Median(), " ")
	}
	fmt.Println()
	fmt.Println(kSmallestPairs([]int{1, 7, 11}, []int{2, 4, 6}, 3), kSmallestPairs([]int{1, 1, 2}, []int{1, 2, 3}, 2))
	h := &IntHeap{5, 2, 8, 1, 9}
	heap.Init(h)
	(*h)[2] = 0
	heap.Fix(h, 2)
	heap.Remove(h, 1)
	var drained []int
	for h.Len() > 0 {
		drained = append(drained, heap.Pop(h).(int))
	}
	fmt.Println(drained, sort.IntsAreSorted(drained))
	mh := &MaxHeap{IntHeap{3, 1, 4, 1, 5, 9, 2, 6}}
	heap.Init(mh)
	fmt.Println(heap.Pop(mh), heap.Pop(mh), mh.Len())
}
