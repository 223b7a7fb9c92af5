package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Comparer[T any] interface {
	Compare(T) int
}

type Tree[T Comparer[T]] struct {
	root *node[T]
}

type node[T Comparer[T]] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := v.Compare((*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node[T]{val: v}
	return true
}

func (t *Tree[T]) Walk(f func(T)) {
	var w func(*node[T])
	w = func(n *node[T]) {
		if n == nil {
			return
		}
		w(n.left)
		f(n.val)
		w(n.right)
	}
	w(t.root)
}

type FuncTree[T any] struct {
	cmp  func(T, T) int
	vals []T
}

func NewFuncTree[T any](c func(T, T) int) *FuncTree[T] { return &FuncTree[T]{cmp: c} }

func (t *FuncTree[T]) Insert(v T) {
	i := 0
	for i < len(t.vals) && t.cmp(t.vals[i], v) < 0 {
		i++
	}
	t.vals = append(t.vals[:i], append([]T{v}, t.vals[i:]...)...)
}

type Version struct{ Major, Minor int }

func (v Version) Compare(o Version) int {
	return cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor))
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type CaseInsensitive string

func (s CaseInsensitive) Compare(o CaseInsensitive) int {
	return strings.Compare(strings.ToLower(string(s)), strings.ToLower(string(o)))
}

type Setter[T any] interface {
	*T
	Set(string) error
}

type Settable int

func (s *Settable) Set(v string) error {
	n := 0
	_, err := fmt.Sscan(v, &n)
	*s = Settable(n)
	return err
}

func FromStrings[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Set(s); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func main() {
	var t Tree[Version]
	for _, v := range []Version{{1, 2}, {0, 9}, {1, 10}, {1, 2}, {2, 0}} {
		fmt.Print(t.Insert(v), " ")
	}
	fmt.Println()
	t.Walk(func(v Version) { fmt.Print(v, " ") })
	fmt.Println()
	var ci Tree[CaseInsensitive]
	for _, s := range []CaseInsensitive{"b", "A", "a", "C"} {
		ci.Insert(s)
	}
	ci.Walk(func(s CaseInsensitive) { fmt.Print(s, " ") })
	fmt.Println()
	ft := NewFuncTree(func(a, b string) int { return len(a) - len(b) })
	for _, s := range []string{"ccc", "a", "bb", "dddd"} {
		ft.Insert(s)
	}
	fmt.Println(ft.vals)
	nums, err := FromStrings[Settable]([]string{"1", "22", "333"})
	fmt.Println(nums, err)
	_, err = FromStrings[Settable]([]string{"x"})
	fmt.Println(err != nil)
}
