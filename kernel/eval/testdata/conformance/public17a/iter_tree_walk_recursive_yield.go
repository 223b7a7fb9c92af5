package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node struct {
	Name     string
	Children []*Node
}

func (n *Node) Walk() iter.Seq2[int, *Node] {
	return func(yield func(int, *Node) bool) {
		var rec func(*Node, int) bool
		rec = func(x *Node, depth int) bool {
			if !yield(depth, x) {
				return false
			}
			for _, c := range x.Children {
				if !rec(c, depth+1) {
					return false
				}
			}
			return true
		}
		rec(n, 0)
	}
}

func main() {
	root := &Node{"root", []*Node{
		{"src", []*Node{{"main.go", nil}, {"util.go", nil}}},
		{"docs", []*Node{{"README", nil}}},
		{"go.mod", nil},
	}}
	for d, n := range root.Walk() {
		fmt.Println(strings.Repeat("  ", d) + n.Name)
	}
	for _, n := range root.Walk() {
		if strings.HasSuffix(n.Name, ".go") {
			fmt.Println("first go file:", n.Name)
			break
		}
	}
	count := 0
	for range root.Walk() {
		count++
	}
	fmt.Println(count)
}
