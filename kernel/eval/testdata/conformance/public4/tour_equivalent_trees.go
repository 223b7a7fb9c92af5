package main

import (
	"fmt"
	"slices"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func New(k int, order []int) *Tree {
	var t *Tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	a := New(1, []int{5, 3, 8, 1, 4, 10, 2, 7, 9, 6})
	b := New(1, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	c := New(2, []int{4, 2, 6, 1, 3, 5})
	fmt.Println(a)
	fmt.Println(Same(a, b), Same(a, c))
	ch := make(chan int)
	go Walk(c, ch)
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	fmt.Println(got, slices.IsSorted(got))
	var nilTree *Tree
	fmt.Println(nilTree, Same(nilTree, nil))
}
