package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Val         string
}

func (t *Tree) Insert(k int, v string) *Tree {
	if t == nil {
		return &Tree{Key: k, Val: v}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k, v)
	case k > t.Key:
		t.Right = t.Right.Insert(k, v)
	default:
		t.Val = v
	}
	return t
}

func (t *Tree) Find(k int) (string, bool) {
	for t != nil {
		if k == t.Key {
			return t.Val, true
		} else if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return "", false
}

func (t *Tree) Walk(f func(k int, v string)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Key, t.Val)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Min() *Tree {
	if t.Left == nil {
		return t
	}
	return t.Left.Min()
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	if k < t.Key {
		t.Left = t.Left.Delete(k)
	} else if k > t.Key {
		t.Right = t.Right.Delete(k)
	} else {
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key, t.Val = m.Key, m.Val
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		root = root.Insert(k, fmt.Sprintf("v%d", k))
	}
	root.Walk(func(k int, v string) { fmt.Print(k, ":", v, " ") })
	fmt.Println()
	fmt.Println(root.Find(60))
	fmt.Println(root.Find(65))
	fmt.Println(root.Height())
	root = root.Delete(50)
	root = root.Delete(20)
	var keys []int
	root.Walk(func(k int, _ string) { keys = append(keys, k) })
	fmt.Println(keys, root.Key, root.Height())
	fmt.Println(root.Left.Key, root.Left.Left == nil, *root.Right.Right)
}
