package main

import (
	"fmt"
	"iter"
	"strings"
)

type Tree struct {
	Val         int
	Left, Right *Tree
}

func build(vals []any) *Tree {
	if len(vals) == 0 || vals[0] == nil {
		return nil
	}
	root := &Tree{Val: vals[0].(int)}
	q := []*Tree{root}
	i := 1
	for len(q) > 0 && i < len(vals) {
		n := q[0]
		q = q[1:]
		if i < len(vals) && vals[i] != nil {
			n.Left = &Tree{Val: vals[i].(int)}
			q = append(q, n.Left)
		}
		i++
		if i < len(vals) && vals[i] != nil {
			n.Right = &Tree{Val: vals[i].(int)}
			q = append(q, n.Right)
		}
		i++
	}
	return root
}

func (t *Tree) PreOrder() iter.Seq[int] {
	return func(yield func(int) bool) {
		stack := []*Tree{t}
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if n == nil {
				continue
			}
			if !yield(n.Val) {
				return
			}
			stack = append(stack, n.Right, n.Left)
		}
	}
}

func (t *Tree) InOrder() iter.Seq[int] {
	return func(yield func(int) bool) {
		var stack []*Tree
		cur := t
		for cur != nil || len(stack) > 0 {
			for cur != nil {
				stack = append(stack, cur)
				cur = cur.Left
			}
			cur = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(cur.Val) {
				return
			}
			cur = cur.Right
		}
	}
}

func (t *Tree) PostOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.PostOrder(visit)
	t.Right.PostOrder(visit)
	visit(t.Val)
}

func (t *Tree) Depth() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Depth(), t.Right.Depth())
}

func (t *Tree) Invert() *Tree {
	if t != nil {
		t.Left, t.Right = t.Right.Invert(), t.Left.Invert()
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	if t.Left == nil && t.Right == nil {
		return fmt.Sprint(t.Val)
	}
	return fmt.Sprintf("(%d %v %v)", t.Val, t.Left, t.Right)
}

func isSymmetric(a, b *Tree) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Val == b.Val && isSymmetric(a.Left, b.Right) && isSymmetric(a.Right, b.Left)
}

func main() {
	t := build([]any{1, 2, 3, 4, 5, nil, 6, nil, nil, 7})
	var pre, in []string
	for v := range t.PreOrder() {
		pre = append(pre, fmt.Sprint(v))
	}
	for v := range t.InOrder() {
		in = append(in, fmt.Sprint(v))
	}
	var post []string
	t.PostOrder(func(v int) { post = append(post, fmt.Sprint(v)) })
	fmt.Println(strings.Join(pre, " "), "|", strings.Join(in, " "), "|", strings.Join(post, " "))
	fmt.Println(t, t.Depth())
	fmt.Println(t.Invert())
	sym := build([]any{1, 2, 2, 3, 4, 4, 3})
	fmt.Println(isSymmetric(sym, sym), isSymmetric(t, t.Left))
	for v := range sym.InOrder() {
		if v == 1 {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
}
