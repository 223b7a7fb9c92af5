package main

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj   map[string][]Edge
	nodes []string
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) addNode(n string) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph) AddEdge(from, to string, w int) {
	g.addNode(from)
	g.addNode(to)
	g.adj[from] = append(g.adj[from], Edge{to, w})
}

type item struct {
	node string
	dist int
}
type pq []item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist != p[j].dist {
		return p[i].dist < p[j].dist
	}
	return p[i].node < p[j].node
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(item)) }
func (p *pq) Pop() any {
	o := *p
	it := o[len(o)-1]
	*p = o[:len(o)-1]
	return it
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for _, n := range g.nodes {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	q := &pq{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g.adj[cur.node] {
			if nd := cur.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for _, n := range g.nodes {
		for _, e := range g.adj[n] {
			indeg[e.To]++
		}
	}
	var ready []string
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, e := range g.adj[n] {
			indeg[e.To]--
			if indeg[e.To] == 0 {
				ready = append(ready, e.To)
			}
		}
	}
	if len(order) != len(g.nodes) {
		return order, fmt.Errorf("topo: %d of %d sorted: %w", len(order), len(g.nodes), ErrCycle)
	}
	return order, nil
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append(p, n)
	}
	slices.Reverse(p)
	return strings.Join(p, "->")
}

func main() {
	g := NewGraph()
	for _, e := range []struct {
		a, b string
		w    int
	}{{"A", "B", 4}, {"A", "C", 2}, {"C", "B", 1}, {"B", "D", 5}, {"C", "D", 8}, {"C", "E", 10}, {"D", "E", 2}, {"E", "F", 3}} {
		g.AddEdge(e.a, e.b, e.w)
	}
	g.addNode("Z")
	dist, prev := g.Dijkstra("A")
	for _, n := range g.nodes {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %2d via %s\n", n, dist[n], path(prev, n))
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.AddEdge("F", "C", 1)
	order, err = g.TopoSort()
	fmt.Println(order, err, errors.Is(err, ErrCycle))
}
