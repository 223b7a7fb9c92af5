package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	p := new(int)
	*p = 3
	fmt.Println(*p)
	n := new(Node)
	n.Next = new(Node)
	n.Next.Val = 2
	fmt.Println(n.Val, n.Next.Val, n.Next.Next == nil)
	s := new([]string)
	*s = append(*s, "a")
	fmt.Println(*s, len(*s))
	m := new(map[string]int)
	fmt.Println(*m == nil)
	a := new([3]int)
	a[1] = 5
	fmt.Println(*a, len(a))
	f := new(func() int)
	fmt.Println(*f == nil)
}
