package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) (order []string, dist map[string]int) {
	dist = map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		order = append(order, v)
		nb := append([]string(nil), g[v]...)
		sort.Strings(nb)
		for _, w := range nb {
			if _, seen := dist[w]; !seen {
				dist[w] = dist[v] + 1
				queue = append(queue, w)
			}
		}
	}
	return
}

func (g Graph) DFS(v string, seen map[string]bool, visit func(string)) {
	seen[v] = true
	visit(v)
	nb := append([]string(nil), g[v]...)
	sort.Strings(nb)
	for _, w := range nb {
		if !seen[w] {
			g.DFS(w, seen, visit)
		}
	}
}

func topo(deps map[string][]string) []string {
	var out []string
	state := map[string]int{}
	var visit func(string)
	visit = func(n string) {
		if state[n] == 2 {
			return
		}
		state[n] = 1
		ds := deps[n]
		sort.Strings(ds)
		for _, d := range ds {
			visit(d)
		}
		state[n] = 2
		out = append(out, n)
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		visit(k)
	}
	return out
}

func main() {
	g := Graph{}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"f", "g"}} {
		g.AddEdge(e[0], e[1])
	}
	order, dist := g.BFS("a")
	fmt.Println(order, dist["e"], len(dist))
	var dfs []string
	g.DFS("a", map[string]bool{}, func(s string) { dfs = append(dfs, s) })
	fmt.Println(dfs)
	fmt.Println(topo(map[string][]string{"app": {"lib", "log"}, "lib": {"log", "util"}, "log": {"util"}, "util": nil}))
}
