package main

import "fmt"

type Tree struct {
	Kids []Tree
	Name string
}

type Graph struct {
	Edges map[string]*Graph
	Ring  [2]*Graph
}

func main() {
	t := Tree{Kids: []Tree{{Name: "leaf"}}, Name: "root"}
	var b any = t.Kids
	switch k := b.(type) {
	case []Tree:
		fmt.Println("[]Tree", len(k))
	default:
		fmt.Println("default")
	}
	g := Graph{Edges: map[string]*Graph{"a": nil}}
	var e any = g.Edges
	m, ok := e.(map[string]*Graph)
	fmt.Println(ok, len(m))
	var r any = g.Ring
	_, ok = r.([2]*Graph)
	fmt.Println(ok)
	var p any = &t.Kids
	_, ok = p.(*[]Tree)
	fmt.Println(ok)
}
