package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, items ...T) *Heap[T] {
	h := &Heap[T]{less: less}
	for _, it := range items {
		h.Push(it)
	}
	return h
}

func NewMinHeap[T cmp.Ordered](items ...T) *Heap[T] {
	return NewHeap(func(a, b T) bool { return a < b }, items...)
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top, true
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

type Edge struct {
	to, w int
}

func dijkstra(adj map[int][]Edge, src, n int) []int {
	const inf = 1 << 60
	dist := make([]int, n)
	for i := range dist {
		dist[i] = inf
	}
	dist[src] = 0
	type item struct{ node, d int }
	pq := NewHeap(func(a, b item) bool { return a.d < b.d }, item{src, 0})
	for pq.Len() > 0 {
		it, _ := pq.Pop()
		if it.d > dist[it.node] {
			continue
		}
		for _, e := range adj[it.node] {
			if nd := it.d + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				pq.Push(item{e.to, nd})
			}
		}
	}
	return dist
}

func main() {
	h := NewMinHeap(5, 2, 8, 1, 9, 3)
	var out []int
	for h.Len() > 0 {
		v, _ := h.Pop()
		out = append(out, v)
	}
	fmt.Println(out)
	_, ok := h.Pop()
	fmt.Println(ok)
	sh := NewMinHeap(strings.Fields("pear apple fig banana")...)
	for sh.Len() > 0 {
		s, _ := sh.Pop()
		fmt.Print(s, " ")
	}
	fmt.Println()
	seq := 0
	tq := NewHeap(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	})
	for _, t := range []struct {
		n string
		p int
	}{{"write", 2}, {"test", 3}, {"deploy", 1}, {"review", 3}, {"lint", 2}} {
		seq++
		tq.Push(Task{t.n, t.p, seq})
	}
	for tq.Len() > 0 {
		t, _ := tq.Pop()
		fmt.Printf("%+v\n", t)
	}
	adj := map[int][]Edge{0: {{1, 4}, {2, 1}}, 2: {{1, 2}, {3, 5}}, 1: {{3, 1}}}
	fmt.Println(dijkstra(adj, 0, 5))
}
