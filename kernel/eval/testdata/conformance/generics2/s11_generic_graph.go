// A generic graph keyed by comparable node IDs: BFS with a generic queue,
// topological sort returning an error on a cycle, and Dijkstra with
// numeric weights.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type Number interface{ ~int | ~float64 }

type Graph[ID comparable, W Number] struct {
	adj   map[ID]map[ID]W
	order []ID
}

func NewGraph[ID comparable, W Number]() *Graph[ID, W] {
	return &Graph[ID, W]{adj: map[ID]map[ID]W{}}
}

func (g *Graph[ID, W]) node(id ID) {
	if _, ok := g.adj[id]; !ok {
		g.adj[id] = map[ID]W{}
		g.order = append(g.order, id)
	}
}

func (g *Graph[ID, W]) Edge(a, b ID, w W) {
	g.node(a)
	g.node(b)
	g.adj[a][b] = w
}

func (g *Graph[ID, W]) neighbors(id ID) []ID {
	var out []ID
	for _, n := range g.order {
		if _, ok := g.adj[id][n]; ok {
			out = append(out, n)
		}
	}
	return out
}

func (g *Graph[ID, W]) BFS(start ID) []ID {
	seen := map[ID]bool{start: true}
	queue := []ID{start}
	var out []ID
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		out = append(out, cur)
		for _, n := range g.neighbors(cur) {
			if !seen[n] {
				seen[n] = true
				queue = append(queue, n)
			}
		}
	}
	return out
}

var ErrCycle = errors.New("cycle")

func (g *Graph[ID, W]) TopoSort() ([]ID, error) {
	state := map[ID]int{}
	var out []ID
	var visit func(ID) error
	visit = func(id ID) error {
		switch state[id] {
		case 1:
			return fmt.Errorf("at %v: %w", id, ErrCycle)
		case 2:
			return nil
		}
		state[id] = 1
		for _, n := range g.neighbors(id) {
			if err := visit(n); err != nil {
				return err
			}
		}
		state[id] = 2
		out = append(out, id)
		return nil
	}
	for _, id := range g.order {
		if err := visit(id); err != nil {
			return nil, err
		}
	}
	slices.Reverse(out)
	return out, nil
}

func (g *Graph[ID, W]) ShortestFrom(src ID) map[ID]W {
	dist := map[ID]W{src: 0}
	done := map[ID]bool{}
	for len(done) < len(dist) {
		var cur ID
		first := true
		for _, id := range g.order {
			d, ok := dist[id]
			if ok && !done[id] && (first || d < dist[cur]) {
				cur, first = id, false
			}
		}
		done[cur] = true
		for n, w := range g.adj[cur] {
			if d, ok := dist[n]; !ok || dist[cur]+w < d {
				dist[n] = dist[cur] + w
			}
		}
	}
	return dist
}

func main() {
	g := NewGraph[string, int]()
	g.Edge("a", "b", 4)
	g.Edge("a", "c", 1)
	g.Edge("c", "b", 2)
	g.Edge("b", "d", 5)
	fmt.Println(g.BFS("a"))
	fmt.Println(g.TopoSort())
	d := g.ShortestFrom("a")
	fmt.Println(d["b"], d["d"], len(d))
	g.Edge("d", "a", 1)
	_, err := g.TopoSort()
	fmt.Println(err, errors.Is(err, ErrCycle))
	h := NewGraph[int, float64]()
	h.Edge(1, 2, 0.5)
	h.Edge(2, 3, 0.25)
	fmt.Println(h.ShortestFrom(1)[3])
}
