package main

import (
	"container/heap"
	"fmt"
	"strings"
)

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
	*pq = old[:n-1]
	return item
}

func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type edge struct{ to, w int }

func dijkstra(g map[int][]edge, src, n int) []int {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = 1 << 30
	}
	dist[src] = 0
	h := &distHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(edge)
		if cur.w > dist[cur.to] {
			continue
		}
		for _, e := range g[cur.to] {
			if nd := cur.w + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				heap.Push(h, edge{e.to, nd})
			}
		}
	}
	return dist
}

type distHeap []edge

func (h distHeap) Len() int           { return len(h) }
func (h distHeap) Less(i, j int) bool { return h[i].w < h[j].w }
func (h distHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x any)        { *h = append(*h, x.(edge)) }
func (h *distHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PriorityQueue, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	orange := &Item{value: "orange", priority: 1}
	heap.Push(&pq, orange)
	pq.update(orange, orange.value, 5)
	var out []string
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		out = append(out, fmt.Sprintf("%.2d:%s", it.priority, it.value))
	}
	fmt.Println(strings.Join(out, " "))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
	g := map[int][]edge{0: {{1, 4}, {2, 1}}, 2: {{1, 2}, {3, 5}}, 1: {{3, 1}}}
	fmt.Println(dijkstra(g, 0, 4))
}
