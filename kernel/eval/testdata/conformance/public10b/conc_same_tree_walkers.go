package main

import "fmt"

type Tree struct {
	Left  *Tree
	Val   int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func build(vals ...int) *Tree {
	var t *Tree
	for _, v := range vals {
		t = insert(t, v)
	}
	return t
}

func walk(t *Tree, ch chan<- int, quit <-chan struct{}) bool {
	if t == nil {
		return true
	}
	if !walk(t.Left, ch, quit) {
		return false
	}
	select {
	case ch <- t.Val:
	case <-quit:
		return false
	}
	return walk(t.Right, ch, quit)
}

func walker(t *Tree, quit <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		walk(t, ch, quit)
		close(ch)
	}()
	return ch
}

func Same(a, b *Tree) bool {
	quit := make(chan struct{})
	defer close(quit)
	c1, c2 := walker(a, quit), walker(b, quit)
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

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Val, t.Right)
}

func main() {
	a := build(5, 3, 8, 1, 4, 9)
	b := build(1, 3, 4, 5, 8, 9)
	c := build(5, 3, 8, 1, 4)
	d := build(5, 3, 8, 1, 4, 10)
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(Same(a, b), Same(a, c), Same(a, d), Same(nil, nil), Same(a, nil))
	var got []int
	for v := range walker(a, make(chan struct{})) {
		got = append(got, v)
	}
	fmt.Println(got)
}
