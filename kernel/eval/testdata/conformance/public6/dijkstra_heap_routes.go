package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

type item struct {
	node  string
	dist  int
	index int
}

type PQ []*item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist != pq[j].dist {
		return pq[i].dist < pq[j].dist
	}
	return pq[i].node < pq[j].node
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	items := map[string]*item{}
	pq := &PQ{}
	for n := range g {
		d := math.MaxInt
		if n == src {
			d = 0
		}
		dist[n] = d
		it := &item{node: n, dist: d}
		items[n] = it
		heap.Push(pq, it)
	}
	for pq.Len() > 0 {
		u := heap.Pop(pq).(*item)
		if u.dist == math.MaxInt {
			break
		}
		for _, e := range g[u.node] {
			alt := u.dist + e.Weight
			if alt < dist[e.To] {
				dist[e.To] = alt
				prev[e.To] = u.node
				it := items[e.To]
				it.dist = alt
				heap.Fix(pq, it.index)
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for at := to; at != ""; at = prev[at] {
		p = append(p, at)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := Graph{}
	for _, e := range []struct {
		a, b string
		w    int
	}{
		{"Seoul", "Daejeon", 140}, {"Seoul", "Gangneung", 170}, {"Daejeon", "Daegu", 120},
		{"Daejeon", "Gwangju", 170}, {"Daegu", "Busan", 90}, {"Gwangju", "Busan", 200},
		{"Gangneung", "Daegu", 250}, {"Seoul", "Incheon", 30},
	} {
		g.AddEdge(e.a, e.b, e.w)
	}
	g["Jeju"] = nil
	dist, prev := g.Dijkstra("Seoul")
	names := make([]string, 0, len(dist))
	for n := range dist {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if dist[a] != dist[b] {
			if dist[a] < dist[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	for _, n := range names {
		if dist[n] == math.MaxInt {
			fmt.Printf("%-10s unreachable\n", n)
			continue
		}
		fmt.Printf("%-10s %4d km  %s\n", n, dist[n], strings.Join(path(prev, n), " -> "))
	}

	// heap of ints via heap.Init on an existing slice
	h := &IntHeap{9, 4, 7, 1, 8}
	heap.Init(h)
	heap.Push(h, 3)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
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
