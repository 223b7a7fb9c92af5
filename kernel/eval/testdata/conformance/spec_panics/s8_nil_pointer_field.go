package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, nil}
	fmt.Println(n.Val)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(n.Next.Val)
}
