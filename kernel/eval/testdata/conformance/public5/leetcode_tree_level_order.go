package main

import (
	"fmt"
	"strconv"
	"strings"
)

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

func build(vals []string) *TreeNode {
	if len(vals) == 0 || vals[0] == "null" {
		return nil
	}
	mk := func(s string) *TreeNode {
		if s == "null" {
			return nil
		}
		v, _ := strconv.Atoi(s)
		return &TreeNode{Val: v}
	}
	root := mk(vals[0])
	queue := []*TreeNode{root}
	i := 1
	for len(queue) > 0 && i < len(vals) {
		n := queue[0]
		queue = queue[1:]
		if i < len(vals) {
			n.Left = mk(vals[i])
			i++
		}
		if i < len(vals) {
			n.Right = mk(vals[i])
			i++
		}
		for _, c := range []*TreeNode{n.Left, n.Right} {
			if c != nil {
				queue = append(queue, c)
			}
		}
	}
	return root
}

func levelOrder(root *TreeNode) [][]int {
	var res [][]int
	if root == nil {
		return res
	}
	q := []*TreeNode{root}
	for len(q) > 0 {
		var level []int
		next := q[:0:0]
		for _, n := range q {
			level = append(level, n.Val)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		res = append(res, level)
		q = next
	}
	return res
}

func maxDepth(t *TreeNode) int {
	if t == nil {
		return 0
	}
	return 1 + max(maxDepth(t.Left), maxDepth(t.Right))
}

func isValidBST(t *TreeNode) bool {
	var check func(t *TreeNode, lo, hi *int) bool
	check = func(t *TreeNode, lo, hi *int) bool {
		if t == nil {
			return true
		}
		if (lo != nil && t.Val <= *lo) || (hi != nil && t.Val >= *hi) {
			return false
		}
		return check(t.Left, lo, &t.Val) && check(t.Right, &t.Val, hi)
	}
	return check(t, nil, nil)
}

func invert(t *TreeNode) *TreeNode {
	if t != nil {
		t.Left, t.Right = invert(t.Right), invert(t.Left)
	}
	return t
}

func serialize(t *TreeNode) string {
	if t == nil {
		return "#"
	}
	return fmt.Sprintf("(%s %d %s)", serialize(t.Left), t.Val, serialize(t.Right))
}

func pathSum(t *TreeNode, target int) [][]int {
	var res [][]int
	var path []int
	var dfs func(t *TreeNode, rem int)
	dfs = func(t *TreeNode, rem int) {
		if t == nil {
			return
		}
		path = append(path, t.Val)
		defer func() { path = path[:len(path)-1] }()
		if t.Left == nil && t.Right == nil && rem == t.Val {
			res = append(res, append([]int(nil), path...))
			return
		}
		dfs(t.Left, rem-t.Val)
		dfs(t.Right, rem-t.Val)
	}
	dfs(t, target)
	return res
}

func main() {
	t := build(strings.Split("3,9,20,null,null,15,7", ","))
	fmt.Println(levelOrder(t), maxDepth(t), isValidBST(t))
	fmt.Println(serialize(t))
	bst := build(strings.Split("5,3,8,1,4,7,9", ","))
	fmt.Println(isValidBST(bst), serialize(invert(bst)), isValidBST(bst))
	fmt.Println(levelOrder(nil), levelOrder(nil) == nil)
	p := build(strings.Split("5,4,8,11,null,13,4,7,2,null,null,5,1", ","))
	fmt.Println(pathSum(p, 22))
}
