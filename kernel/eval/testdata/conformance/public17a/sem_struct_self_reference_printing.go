package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
	Reports []*Employee
}

func (e *Employee) Chain() []string {
	var out []string
	for x := e; x != nil; x = x.Manager {
		out = append(out, x.Name)
	}
	return out
}

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

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Val, t.Right)
}

func main() {
	ceo := &Employee{Name: "ceo"}
	vp := &Employee{Name: "vp", Manager: ceo}
	dev := &Employee{Name: "dev", Manager: vp}
	ceo.Reports = append(ceo.Reports, vp)
	vp.Reports = append(vp.Reports, dev)
	fmt.Println(dev.Chain(), len(ceo.Reports[0].Reports))
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println(root)
	fmt.Printf("%v|%s\n", root.Left, root.Right)
	var empty *Tree
	fmt.Println(empty)
}
