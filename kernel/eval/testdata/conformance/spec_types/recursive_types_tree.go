package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Expr interface{ Eval() int }
type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (n Num) Eval() int { return int(n) }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int { return m.L.Eval() * m.R.Eval() }

type Dir struct {
	Name     string
	Children []Dir
}

func (d Dir) Print(depth int) {
	fmt.Println(strings.Repeat("  ", depth) + d.Name)
	for _, c := range d.Children {
		c.Print(depth + 1)
	}
}

type StateFn func(int) StateFn

func main() {
	var t *Tree
	for _, v := range []int{5, 3, 8, 1, 4} {
		t = t.Insert(v)
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(Add{Num(2), Mul{Num(3), Num(4)}}.Eval())
	Dir{"root", []Dir{{"a", []Dir{{"a1", nil}}}, {"b", nil}}}.Print(0)
	var even, odd StateFn
	even = func(n int) StateFn { fmt.Print("e", n, " "); return odd }
	odd = func(n int) StateFn { fmt.Print("o", n, " "); return even }
	s := even
	for i := range 4 {
		s = s(i)
	}
	fmt.Println()
}
