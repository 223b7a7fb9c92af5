package main

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To   string
	Cost int
}

type Graph map[string][]Edge

type item struct {
	node string
	dist int
}
type pq []item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	return p[i].dist < p[j].dist || p[i].dist == p[j].dist && p[i].node < p[j].node
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(item)) }
func (p *pq) Pop() any     { o := *p; x := o[len(o)-1]; *p = o[:len(o)-1]; return x }

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if d, ok := dist[cur.node]; ok && cur.dist > d {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Cost
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for at := to; at != ""; at = prev[at] {
		p = append([]string{at}, p...)
	}
	return strings.Join(p, "->")
}

var ErrCycle = errors.New("cycle")

func topo(deps map[string][]string) ([]string, error) {
	state := map[string]int{}
	var order []string
	var visit func(string) error
	visit = func(n string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("at %s: %w", n, ErrCycle)
		case 2:
			return nil
		}
		state[n] = 1
		ds := append([]string(nil), deps[n]...)
		sort.Strings(ds)
		for _, d := range ds {
			if err := visit(d); err != nil {
				return err
			}
		}
		state[n] = 2
		order = append(order, n)
		return nil
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := visit(k); err != nil {
			return order, err
		}
	}
	return order, nil
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

func main() {
	g := Graph{"a": {{"b", 4}, {"c", 1}}, "c": {{"b", 2}, {"d", 7}}, "b": {{"d", 1}}, "d": {}}
	dist, prev := g.Dijkstra("a")
	for _, n := range []string{"a", "b", "c", "d", "z"} {
		d, ok := dist[n]
		if !ok {
			d = math.MaxInt
		}
		fmt.Println(n, d, path(prev, n))
	}
	order, err := topo(map[string][]string{"app": {"lib", "log"}, "lib": {"log", "fmt"}, "log": {"fmt"}, "fmt": nil})
	fmt.Println(order, err)
	_, err = topo(map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}})
	fmt.Println(err, errors.Is(err, ErrCycle))
	uf := NewUF(8)
	edges := [][2]int{{0, 1}, {2, 3}, {1, 3}, {0, 2}, {5, 6}, {7, 7}}
	for _, e := range edges {
		fmt.Print(uf.Union(e[0], e[1]), " ")
	}
	groups := map[int][]int{}
	for i := 0; i < 8; i++ {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, v := range groups {
		gs = append(gs, v)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println(gs)
}
