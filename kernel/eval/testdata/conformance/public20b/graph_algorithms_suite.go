package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	U, V int
	W    float64
}

type UF struct{ parent, rank []int }

func NewUF(n int) *UF {
	u := &UF{make([]int, n), make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}
func (u *UF) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}
func (u *UF) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	return true
}

func kruskal(n int, edges []Edge) (float64, []Edge) {
	es := append([]Edge(nil), edges...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].W < es[j].W })
	uf := NewUF(n)
	var tree []Edge
	total := 0.0
	for _, e := range es {
		if uf.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return total, tree
}

func bellmanFord(n int, edges []Edge, src int) ([]float64, bool) {
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	dist[src] = 0
	for i := 0; i < n-1; i++ {
		for _, e := range edges {
			if dist[e.U]+e.W < dist[e.V] {
				dist[e.V] = dist[e.U] + e.W
			}
		}
	}
	for _, e := range edges {
		if dist[e.U]+e.W < dist[e.V] {
			return dist, false
		}
	}
	return dist, true
}

func tarjan(adj map[int][]int, n int) [][]int {
	index := 0
	idx := make([]int, n)
	low := make([]int, n)
	on := make([]bool, n)
	for i := range idx {
		idx[i] = -1
	}
	var stack []int
	var sccs [][]int
	var strong func(v int)
	strong = func(v int) {
		idx[v], low[v] = index, index
		index++
		stack = append(stack, v)
		on[v] = true
		for _, w := range adj[v] {
			if idx[w] == -1 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], idx[w])
			}
		}
		if low[v] == idx[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				on[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			sort.Ints(comp)
			sccs = append(sccs, comp)
		}
	}
	for v := 0; v < n; v++ {
		if idx[v] == -1 {
			strong(v)
		}
	}
	sort.Slice(sccs, func(i, j int) bool { return sccs[i][0] < sccs[j][0] })
	return sccs
}

func maxFlow(capacity [][]int, s, t int) int {
	n := len(capacity)
	flow := 0
	res := make([][]int, n)
	for i := range res {
		res[i] = append([]int(nil), capacity[i]...)
	}
	for {
		parent := make([]int, n)
		for i := range parent {
			parent[i] = -1
		}
		parent[s] = s
		q := []int{s}
		for len(q) > 0 && parent[t] == -1 {
			u := q[0]
			q = q[1:]
			for v := 0; v < n; v++ {
				if parent[v] == -1 && res[u][v] > 0 {
					parent[v] = u
					q = append(q, v)
				}
			}
		}
		if parent[t] == -1 {
			return flow
		}
		b := math.MaxInt
		for v := t; v != s; v = parent[v] {
			b = min(b, res[parent[v]][v])
		}
		for v := t; v != s; v = parent[v] {
			res[parent[v]][v] -= b
			res[v][parent[v]] += b
		}
		flow += b
	}
}

func bipartite(adj [][]int) (bool, []int) {
	color := make([]int, len(adj))
	for i := range color {
		color[i] = -1
	}
	for s := range adj {
		if color[s] != -1 {
			continue
		}
		color[s] = 0
		q := []int{s}
		for len(q) > 0 {
			u := q[0]
			q = q[1:]
			for _, v := range adj[u] {
				if color[v] == -1 {
					color[v] = 1 - color[u]
					q = append(q, v)
				} else if color[v] == color[u] {
					return false, nil
				}
			}
		}
	}
	return true, color
}

func main() {
	edges := []Edge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}}
	total, tree := kruskal(7, edges)
	var parts []string
	for _, e := range tree {
		parts = append(parts, fmt.Sprintf("%c-%c", 'A'+e.U, 'A'+e.V))
	}
	fmt.Println(total, strings.Join(parts, " "))
	dir := []Edge{{0, 1, 4}, {0, 2, 5}, {1, 2, -3}, {2, 3, 4}, {3, 1, 2}}
	d, ok := bellmanFord(4, dir, 0)
	fmt.Println(d, ok)
	dir = append(dir, Edge{3, 2, -10})
	_, ok = bellmanFord(4, dir, 0)
	fmt.Println("no negative cycle:", ok)
	adj := map[int][]int{0: {1}, 1: {2}, 2: {0, 3}, 3: {4}, 4: {5, 7}, 5: {6}, 6: {4}, 7: {}}
	fmt.Println(tarjan(adj, 8))
	capm := [][]int{
		{0, 16, 13, 0, 0, 0},
		{0, 0, 10, 12, 0, 0},
		{0, 4, 0, 0, 14, 0},
		{0, 0, 9, 0, 0, 20},
		{0, 0, 0, 7, 0, 4},
		{0, 0, 0, 0, 0, 0},
	}
	fmt.Println("max flow:", maxFlow(capm, 0, 5))
	fmt.Println(bipartite([][]int{{1, 3}, {0, 2}, {1, 3}, {0, 2}}))
	fmt.Println(bipartite([][]int{{1, 2}, {0, 2}, {0, 1}}))
	uf := NewUF(10)
	for _, p := range [][2]int{{1, 2}, {3, 4}, {2, 3}, {7, 8}} {
		uf.Union(p[0], p[1])
	}
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println(len(gs), gs)
}
