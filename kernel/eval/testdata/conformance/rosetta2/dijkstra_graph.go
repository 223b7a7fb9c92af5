package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type edge struct {
	to   string
	cost int
}

type pqItem struct {
	node string
	dist int
}

type pq []pqItem

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist != p[j].dist {
		return p[i].dist < p[j].dist
	}
	return p[i].node < p[j].node
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(pqItem)) }
func (p *pq) Pop() any     { old := *p; it := old[len(old)-1]; *p = old[:len(old)-1]; return it }

func main() {
	g := map[string][]edge{
		"a": {{"b", 7}, {"c", 9}, {"f", 14}},
		"b": {{"c", 10}, {"d", 15}},
		"c": {{"d", 11}, {"f", 2}},
		"d": {{"e", 6}},
		"e": {},
		"f": {{"e", 9}},
	}
	dist := map[string]int{"a": 0}
	prev := map[string]string{}
	h := &pq{{"a", 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(pqItem)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.cost
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(h, pqItem{e.to, nd})
			}
		}
	}
	for _, target := range []string{"e", "f", "d"} {
		path := []string{target}
		for n := target; n != "a"; {
			n = prev[n]
			path = append([]string{n}, path...)
		}
		fmt.Printf("%s: %d via %s\n", target, dist[target], strings.Join(path, " -> "))
	}
}
