package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name string
	Kids []*Node
}

func (n *Node) String() string {
	if n == nil {
		return "∅"
	}
	if len(n.Kids) == 0 {
		return n.Name
	}
	parts := make([]string, len(n.Kids))
	for i, k := range n.Kids {
		parts[i] = k.String()
	}
	return n.Name + "(" + strings.Join(parts, " ") + ")"
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type Release struct {
	V     *Version
	Prev  *Version
	Root  *Node
	Named map[string]*Version
}

type Holder struct {
	Items []*Version
	Arr   [2]*Node
}

func main() {
	tree := &Node{"root", []*Node{{"a", nil}, {"b", []*Node{{"c", nil}}}, nil}}
	fmt.Println(tree)
	fmt.Printf("%v %s\n", tree.Kids[1], tree.Kids[2])
	v := Version{1, 2}
	pv := &v
	fmt.Println(v, pv)
	fmt.Printf("%v %+v %s\n", pv, pv, pv)
	r := Release{V: pv, Root: tree.Kids[0], Named: map[string]*Version{"old": {0, 9}}}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	h := Holder{Items: []*Version{{2, 0}, nil}, Arr: [2]*Node{tree.Kids[0], nil}}
	fmt.Println(h)
	fmt.Println([]*Node{tree.Kids[0], nil}, map[string]*Node{"x": tree.Kids[1]})
	var nilNode *Node
	fmt.Println(nilNode, []fmt.Stringer{nilNode, pv})
	fmt.Printf("[%5s] [%-6v] [%q]\n", pv, tree.Kids[0], tree.Kids[0])
}
