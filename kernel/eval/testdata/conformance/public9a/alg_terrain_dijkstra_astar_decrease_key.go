package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// Shortest paths over a terrain grid (digit = cost to enter a cell, '#' a
// wall): Dijkstra with decrease-key (heap.Fix on an indexed heap) against
// A* with a Manhattan heuristic; both must agree on the cost.

type cell struct{ r, c int }

type entry struct {
	at    cell
	prio  int
	index int
}

type indexed struct {
	items []*entry
	where map[cell]*entry
}

func (h *indexed) Len() int { return len(h.items) }
func (h *indexed) Less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	if a.prio != b.prio {
		return a.prio < b.prio
	}
	if a.at.r != b.at.r {
		return a.at.r < b.at.r
	}
	return a.at.c < b.at.c
}
func (h *indexed) Swap(i, j int) {
	h.items[i], h.items[j] = h.items[j], h.items[i]
	h.items[i].index, h.items[j].index = i, j
}
func (h *indexed) Push(x any) {
	e := x.(*entry)
	e.index = len(h.items)
	h.items = append(h.items, e)
	h.where[e.at] = e
}
func (h *indexed) Pop() any {
	e := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	delete(h.where, e.at)
	return e
}

func (h *indexed) upsert(c cell, prio int) {
	if e, ok := h.where[c]; ok {
		if prio < e.prio {
			e.prio = prio
			heap.Fix(h, e.index)
		}
		return
	}
	heap.Push(h, &entry{at: c, prio: prio})
}

type Terrain []string

func (t Terrain) cost(c cell) (int, bool) {
	if c.r < 0 || c.r >= len(t) || c.c < 0 || c.c >= len(t[c.r]) || t[c.r][c.c] == '#' {
		return 0, false
	}
	return int(t[c.r][c.c] - '0'), true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (t Terrain) search(from, to cell, heuristic bool) (int, int, []cell) {
	dist := map[cell]int{from: 0}
	prev := map[cell]cell{}
	h := &indexed{where: map[cell]*entry{}}
	est := func(c cell) int {
		if !heuristic {
			return 0
		}
		return abs(c.r-to.r) + abs(c.c-to.c)
	}
	h.upsert(from, est(from))
	expanded := 0
	done := map[cell]bool{}
	for h.Len() > 0 {
		cur := heap.Pop(h).(*entry).at
		if done[cur] {
			continue
		}
		done[cur] = true
		expanded++
		if cur == to {
			break
		}
		for _, d := range [4]cell{{-1, 0}, {0, 1}, {1, 0}, {0, -1}} {
			n := cell{cur.r + d.r, cur.c + d.c}
			w, ok := t.cost(n)
			if !ok || done[n] {
				continue
			}
			if nd := dist[cur] + w; !hasKey(dist, n) || nd < dist[n] {
				dist[n] = nd
				prev[n] = cur
				h.upsert(n, nd+est(n))
			}
		}
	}
	if !hasKey(dist, to) {
		return -1, expanded, nil
	}
	var path []cell
	for c := to; c != from; c = prev[c] {
		path = append([]cell{c}, path...)
	}
	return dist[to], expanded, path
}

func hasKey[K comparable, V any](m map[K]V, k K) bool { _, ok := m[k]; return ok }

func main() {
	t := Terrain{
		"11111991",
		"19#11911",
		"19#19111",
		"11#19#91",
		"91111#11",
	}
	from, to := cell{0, 0}, cell{4, 7}
	d1, e1, p1 := t.search(from, to, false)
	d2, e2, p2 := t.search(from, to, true)
	fmt.Println("dijkstra", d1, "expanded", e1)
	fmt.Println("astar   ", d2, "expanded", e2, "fewer:", e2 <= e1)
	rows := make([][]byte, len(t))
	for i := range t {
		rows[i] = []byte(t[i])
	}
	for _, c := range p1 {
		rows[c.r][c.c] = '*'
	}
	for _, r := range rows {
		fmt.Println(string(r))
	}
	fmt.Println(len(p1) == len(p2) || d1 == d2)
	d3, _, _ := t.search(from, cell{2, 2}, true)
	fmt.Println("to a wall:", d3)
	fmt.Println(strings.Repeat("=", 8))
}
