package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val         T
	Left, Right *Node[T]
}

func (n *Node[T]) InOrder(visit func(T)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

func (n *Node[T]) PreOrderIter() []T {
	var out []T
	stack := []*Node[T]{n}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if cur == nil {
			continue
		}
		out = append(out, cur.Val)
		stack = append(stack, cur.Right, cur.Left)
	}
	return out
}

func (n *Node[T]) Levels() [][]T {
	var res [][]T
	q := []*Node[T]{n}
	for len(q) > 0 {
		var next []*Node[T]
		var level []T
		for _, c := range q {
			if c == nil {
				continue
			}
			level = append(level, c.Val)
			next = append(next, c.Left, c.Right)
		}
		if len(level) > 0 {
			res = append(res, level)
		}
		q = next
	}
	return res
}

func (n *Node[T]) String() string {
	if n == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %v %v)", n.Val, n.Left, n.Right)
}

func main() {
	t := &Node[string]{"d",
		&Node[string]{"b", &Node[string]{Val: "a"}, &Node[string]{Val: "c"}},
		&Node[string]{"f", nil, &Node[string]{Val: "g"}}}
	var sb strings.Builder
	t.InOrder(func(s string) { sb.WriteString(s) })
	fmt.Println(sb.String(), t.PreOrderIter(), t.Levels())
	fmt.Println(t)
	n := &Node[int]{1, &Node[int]{Val: 2}, nil}
	sum := 0
	n.InOrder(func(v int) { sum += v })
	fmt.Println(sum, n)
}
