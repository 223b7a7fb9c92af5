package main

import "fmt"

type Vertex struct {
	X, Y int
}

type Node struct {
	Val  int
	Next *Node
}

func main() {
	v1 := Vertex{1, 2}
	v2 := Vertex{X: 1}
	v3 := Vertex{}
	p := &Vertex{1, 2}
	fmt.Println(v1, p, v2, v3)
	fmt.Printf("%v %+v %#v\n", p, p, v1)
	list := &Node{1, &Node{2, &Node{3, nil}}}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	fmt.Printf("%+v\n", *list.Next.Next)
	pts := []*Vertex{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X *= 10
	}
	fmt.Println(*pts[0], *pts[1], len(pts))
	arr := [...]Vertex{{1, 2}, {3, 4}}
	fmt.Println(arr, len(arr))
	m := map[Vertex]string{{1, 2}: "a"}
	fmt.Println(m[v1])
	pp := &p
	(*pp).X = 42
	fmt.Println(p.X, (**pp).Y)
}
