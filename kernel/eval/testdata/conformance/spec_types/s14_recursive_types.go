package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Tree struct {
	Kids []Tree
	Name string
}

type Fn func(Fn) int

func main() {
	n := &Node{1, &Node{2, nil}}
	var a any = n
	_, ok := a.(*Node)
	fmt.Println(ok, n.Next.Val)
	t := Tree{Kids: []Tree{{Name: "leaf"}}, Name: "root"}
	var b any = t.Kids
	ks, ok := b.([]Tree)
	fmt.Println(ok, ks[0].Name)
	var f Fn = func(g Fn) int { return 7 }
	fmt.Println(f(f))
	var c any = f
	_, ok = c.(Fn)
	fmt.Println(ok)
	fmt.Printf("%T %T\n", a, b)
}
