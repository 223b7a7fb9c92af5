package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	if _, ok := g[b]; !ok {
		g[b] = nil
	}
}

func (g Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for n, outs := range g {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, o := range outs {
			indeg[o]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		outs := append([]string(nil), g[n]...)
		sort.Strings(outs)
		for _, o := range outs {
			indeg[o]--
			if indeg[o] == 0 {
				i := sort.SearchStrings(ready, o)
				ready = append(ready, "")
				copy(ready[i+1:], ready[i:])
				ready[i] = o
			}
		}
	}
	if len(order) != len(indeg) {
		var stuck []string
		for n, d := range indeg {
			if d > 0 {
				stuck = append(stuck, n)
			}
		}
		sort.Strings(stuck)
		return order, fmt.Errorf("cycle among %s", strings.Join(stuck, ", "))
	}
	return order, nil
}

func main() {
	g := Graph{}
	for _, e := range [][2]string{{"shop", "cook"}, {"cook", "eat"}, {"wash", "cook"}, {"eat", "clean"}, {"wake", "shop"}, {"wake", "wash"}} {
		g.AddEdge(e[0], e[1])
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.AddEdge("clean", "shop")
	order, err = g.TopoSort()
	fmt.Println(order, err)
}
