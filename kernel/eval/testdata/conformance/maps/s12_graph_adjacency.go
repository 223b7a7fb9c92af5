package main

import (
	"fmt"
	"maps"
	"slices"
)

type Node string

type Graph map[Node]map[Node]int

func (g Graph) AddEdge(a, b Node, w int) {
	if g[a] == nil {
		g[a] = map[Node]int{}
	}
	if g[b] == nil {
		g[b] = map[Node]int{}
	}
	g[a][b] = w
	g[b][a] = w
}

func (g Graph) Neighbors(n Node) []Node {
	return slices.Sorted(maps.Keys(g[n]))
}

func (g Graph) Clone() Graph {
	c := Graph{}
	for k, v := range g {
		c[k] = maps.Clone(v)
	}
	return c
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b", 1)
	g.AddEdge("a", "c", 4)
	g.AddEdge("b", "c", 2)
	g.AddEdge("c", "d", 7)
	for _, n := range slices.Sorted(maps.Keys(g)) {
		fmt.Println(n, g.Neighbors(n), g[n])
	}
	c := g.Clone()
	delete(c["a"], "b")
	fmt.Println(len(g["a"]), len(c["a"]), maps.Equal(g["d"], c["d"]))
	eq := maps.EqualFunc(g["a"], map[Node]string{"b": "1", "c": "4"}, func(w int, s string) bool { return fmt.Sprint(w) == s })
	fmt.Println(eq)
	heavy := maps.Clone(g["c"])
	maps.DeleteFunc(heavy, func(_ Node, w int) bool { return w < 4 })
	fmt.Println(heavy)
	merged := map[Node]int{"z": 0}
	maps.Copy(merged, g["b"])
	fmt.Println(merged)
	ins := maps.Collect(maps.All(map[Node]int{"q": 1}))
	maps.Insert(ins, maps.All(g["d"]))
	fmt.Println(ins, slices.Sorted(maps.Values(g["c"])))
}
