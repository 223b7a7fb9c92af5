package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type item struct {
	node string
	dist int
}

type PQ []item

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	return p[i].dist < p[j].dist || (p[i].dist == p[j].dist && p[i].node < p[j].node)
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)   { *p = append(*p, x.(item)) }
func (p *PQ) Pop() any     { old := *p; n := len(old); it := old[n-1]; *p = old[:n-1]; return it }

func Dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	pq := &PQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(pq, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	g := map[string][]Edge{
		"a": {{"b", 7}, {"c", 9}, {"f", 14}},
		"b": {{"c", 10}, {"d", 15}},
		"c": {{"d", 11}, {"f", 2}},
		"d": {{"e", 6}},
		"e": nil,
		"f": {{"e", 9}},
		"z": nil,
	}
	dist, prev := Dijkstra(g, "a")
	for _, n := range []string{"a", "b", "c", "d", "e", "f"} {
		fmt.Printf("%s: %2d via %s\n", n, dist[n], path(prev, n))
	}
	fmt.Println("z reachable:", dist["z"] != math.MaxInt)
}
