package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func invert(n *Node) *Node {
	if n == nil {
		return nil
	}
	n.Left, n.Right = invert(n.Right), invert(n.Left)
	return n
}

func inorder(n *Node, out *[]int) {
	if n == nil {
		return
	}
	inorder(n.Left, out)
	*out = append(*out, n.Val)
	inorder(n.Right, out)
}

type List struct {
	Val  int
	Next *List
}

func reverse(h *List) *List {
	var prev *List
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func main() {
	t := &Node{4, &Node{2, &Node{1, nil, nil}, &Node{3, nil, nil}}, &Node{6, nil, nil}}
	var before, after []int
	inorder(t, &before)
	inorder(invert(t), &after)
	fmt.Println(before, after)
	var l *List
	for i := 5; i > 0; i-- {
		l = &List{i, l}
	}
	l = reverse(l)
	for n := l; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	a := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	fmt.Println(a)
	p := &Node{Val: 1}
	q := &Node{Val: 2}
	p.Val, q.Val = q.Val, p.Val
	*p, *q = *q, *p
	fmt.Println(p.Val, q.Val)
}
