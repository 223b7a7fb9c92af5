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
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func (pq *PriorityQueue) update(item *Item, priority int) {
	item.priority = priority
	heap.Fix(pq, item.index)
}

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

type MedianFinder struct{ lo, hi IntHeap }

func (m *MedianFinder) Add(x int) {
	heap.Push(&m.lo, -x)
	heap.Push(&m.hi, -heap.Pop(&m.lo).(int))
	if m.hi.Len() > m.lo.Len() {
		heap.Push(&m.lo, -heap.Pop(&m.hi).(int))
	}
}

func (m *MedianFinder) Median() float64 {
	if m.lo.Len() > m.hi.Len() {
		return float64(-m.lo[0])
	}
	return float64(-m.lo[0]+m.hi[0]) / 2
}

func mergeK(lists [][]int) []int {
	type cur struct{ val, li, idx int }
	var out []int
	h := []cur{}
	for i, l := range lists {
		if len(l) > 0 {
			h = append(h, cur{l[0], i, 0})
		}
	}
	for len(h) > 0 {
		sort.Slice(h, func(a, b int) bool { return h[a].val < h[b].val })
		c := h[0]
		out = append(out, c.val)
		if c.idx+1 < len(lists[c.li]) {
			h[0] = cur{lists[c.li][c.idx+1], c.li, c.idx + 1}
		} else {
			h = h[1:]
		}
	}
	return out
}

func main() {
	h := &IntHeap{2, 1, 5}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PriorityQueue, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, 5)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()
	fmt.Println(kthLargest([]int{3, 2, 1, 5, 6, 4}, 2), kthLargest([]int{3, 2, 3, 1, 2, 4, 5, 5, 6}, 4))
	var mf MedianFinder
	for _, x := range []int{5, 15, 1, 3, 8} {
		mf.Add(x)
		fmt.Print(mf.Median(), " ")
	}
	fmt.Println()
	fmt.Println(mergeK([][]int{{1, 4, 5}, {1, 3, 4}, {2, 6}, nil}))
}
