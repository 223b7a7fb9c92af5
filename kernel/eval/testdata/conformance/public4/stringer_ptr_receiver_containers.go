package main

import (
	"fmt"
	"sort"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Node struct {
	Name     string
	Children []*Node
}

func (n *Node) String() string {
	if n == nil {
		return "<nil>"
	}
	parts := make([]string, len(n.Children))
	for i, c := range n.Children {
		parts[i] = c.String()
	}
	if len(parts) == 0 {
		return n.Name
	}
	return n.Name + "(" + strings.Join(parts, ",") + ")"
}

type Grid [2][2]Temp

type Reading struct {
	Where string
	T     Temp
	Prev  *Temp
}

func main() {
	ts := []Temp{21.5, 19, 30.25}
	fmt.Println(ts)
	fmt.Printf("%v %s %.2f\n", ts[0], ts[1], ts[2])
	m := map[string]Temp{"b": 2, "a": 1}
	fmt.Println(m)
	mk := map[Temp]string{3: "c", 1: "a"}
	fmt.Println(mk)
	fmt.Println(Grid{{1, 2}, {3, 4}})
	p := Temp(5)
	r := Reading{"lab", 22, &p}
	fmt.Printf("%v\n%+v\n", r, r)
	tree := &Node{"root", []*Node{{Name: "a"}, {Name: "b", Children: []*Node{{Name: "c"}}}}}
	fmt.Println(tree)
	fmt.Println([]*Node{tree.Children[0], nil})
	val := *tree.Children[0]
	fmt.Println(val.Name, fmt.Sprint(&val))
	var anyT any = Temp(-3)
	if s, ok := anyT.(fmt.Stringer); ok {
		fmt.Println("stringer:", s)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	fmt.Println(ts, fmt.Sprintf("%d", []int{1}))
	fmt.Printf("%q\n", []fmt.Stringer{Temp(1), tree.Children[1]})
	ch := make(chan Temp, 1)
	ch <- 9
	fmt.Println(<-ch)
	type pair struct {
		A, B any
	}
	fmt.Println(pair{Temp(1), tree.Children[0]})
}
