package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// fromLevel builds a tree from LeetCode's level order, "null" for none.
func fromLevel(s string) *TreeNode {
	toks := strings.Split(strings.Trim(s, "[]"), ",")
	if len(toks) == 0 || toks[0] == "" || toks[0] == "null" {
		return nil
	}
	mk := func(t string) *TreeNode {
		if t == "null" {
			return nil
		}
		v, _ := strconv.Atoi(t)
		return &TreeNode{Val: v}
	}
	root := mk(toks[0])
	q := []*TreeNode{root}
	i := 1
	for len(q) > 0 && i < len(toks) {
		n := q[0]
		q = q[1:]
		if n.Left = mk(toks[i]); n.Left != nil {
			q = append(q, n.Left)
		}
		i++
		if i < len(toks) {
			if n.Right = mk(toks[i]); n.Right != nil {
				q = append(q, n.Right)
			}
			i++
		}
	}
	return root
}

func maxDepth(t *TreeNode) int {
	if t == nil {
		return 0
	}
	return 1 + max(maxDepth(t.Left), maxDepth(t.Right))
}

func isValidBST(t *TreeNode) bool {
	var check func(t *TreeNode, lo, hi int) bool
	check = func(t *TreeNode, lo, hi int) bool {
		if t == nil {
			return true
		}
		return t.Val > lo && t.Val < hi && check(t.Left, lo, t.Val) && check(t.Right, t.Val, hi)
	}
	return check(t, math.MinInt, math.MaxInt)
}

func invert(t *TreeNode) *TreeNode {
	if t != nil {
		t.Left, t.Right = invert(t.Right), invert(t.Left)
	}
	return t
}

func inorder(t *TreeNode) (out []int) {
	stack := []*TreeNode{}
	for cur := t; cur != nil || len(stack) > 0; {
		for cur != nil {
			stack = append(stack, cur)
			cur = cur.Left
		}
		cur = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		out = append(out, cur.Val)
		cur = cur.Right
	}
	return
}

func maxPathSum(t *TreeNode) int {
	best := math.MinInt
	var gain func(*TreeNode) int
	gain = func(n *TreeNode) int {
		if n == nil {
			return 0
		}
		l, r := max(gain(n.Left), 0), max(gain(n.Right), 0)
		best = max(best, n.Val+l+r)
		return n.Val + max(l, r)
	}
	gain(t)
	return best
}

func lca(root, p, q *TreeNode) *TreeNode {
	if root == nil || root == p || root == q {
		return root
	}
	l, r := lca(root.Left, p, q), lca(root.Right, p, q)
	switch {
	case l != nil && r != nil:
		return root
	case l != nil:
		return l
	}
	return r
}

func serialize(t *TreeNode) string {
	if t == nil {
		return "#"
	}
	return fmt.Sprintf("(%d %s %s)", t.Val, serialize(t.Left), serialize(t.Right))
}

func main() {
	for _, s := range []string{"[3,9,20,null,null,15,7]", "[2,1,3]", "[5,1,4,null,null,3,6]", "[-10,9,20,null,null,15,7]", "[]", "[1,null,2]"} {
		t := fromLevel(s)
		fmt.Println(s, maxDepth(t), isValidBST(t), inorder(t), serialize(t))
		if t != nil {
			fmt.Println("  max path", maxPathSum(t), "inverted", inorder(invert(t)))
		}
	}
	t := fromLevel("[3,5,1,6,2,0,8,null,null,7,4]")
	p, q := t.Left, t.Left.Right.Right
	fmt.Println(lca(t, p, q).Val, lca(t, t.Left.Left, t.Right.Right).Val)
}
