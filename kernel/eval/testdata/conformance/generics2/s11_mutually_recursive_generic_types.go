// Generic types that refer to each other, as public data structures do:
// a graph whose nodes point back to it, a tree with parent pointers, an
// AST whose nodes hold a generic visitor, and a list whose elements know
// their list; methods of each call the other's.
package main

import (
	"fmt"
	"strings"
)

type Graph[K comparable, V any] struct {
	nodes map[K]*Vertex[K, V]
	order []K
}

type Vertex[K comparable, V any] struct {
	key   K
	val   V
	graph *Graph[K, V]
	out   []*Vertex[K, V]
}

func NewGraph[K comparable, V any]() *Graph[K, V] {
	return &Graph[K, V]{nodes: map[K]*Vertex[K, V]{}}
}

func (g *Graph[K, V]) Add(k K, v V) *Vertex[K, V] {
	vx := &Vertex[K, V]{key: k, val: v, graph: g}
	g.nodes[k] = vx
	g.order = append(g.order, k)
	return vx
}

func (v *Vertex[K, V]) Link(to K) *Vertex[K, V] {
	if w, ok := v.graph.nodes[to]; ok {
		v.out = append(v.out, w)
	}
	return v
}

func (v *Vertex[K, V]) Reach() []K {
	seen := map[K]bool{}
	var walk func(*Vertex[K, V])
	var out []K
	walk = func(x *Vertex[K, V]) {
		if seen[x.key] {
			return
		}
		seen[x.key] = true
		out = append(out, x.key)
		for _, y := range x.out {
			walk(y)
		}
	}
	walk(v)
	return out
}

type Element[T any] struct {
	Value      T
	list       *List[T]
	next, prev *Element[T]
}

type List[T any] struct {
	root Element[T]
	len  int
}

func (l *List[T]) lazyInit() *List[T] {
	if l.root.next == nil {
		l.root.next, l.root.prev = &l.root, &l.root
	}
	return l
}

func (l *List[T]) PushBack(v T) *Element[T] {
	l.lazyInit()
	e := &Element[T]{Value: v, list: l, prev: l.root.prev, next: &l.root}
	e.prev.next, e.next.prev = e, e
	l.len++
	return e
}

func (e *Element[T]) Next() *Element[T] {
	if n := e.next; e.list != nil && n != &e.list.root {
		return n
	}
	return nil
}

func (l *List[T]) Front() *Element[T] {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

type Visitor[T any] interface {
	Visit(n *Expr[T]) string
}

type Expr[T any] struct {
	Op    string
	Val   T
	Args  []*Expr[T]
	Owner Visitor[T]
}

type printer[T any] struct{}

func (printer[T]) Visit(n *Expr[T]) string {
	if n.Op == "" {
		return fmt.Sprint(n.Val)
	}
	parts := make([]string, len(n.Args))
	for i, a := range n.Args {
		parts[i] = a.Owner.Visit(a)
	}
	return "(" + n.Op + " " + strings.Join(parts, " ") + ")"
}

func main() {
	g := NewGraph[string, int]()
	a := g.Add("a", 1)
	g.Add("b", 2).Link("c")
	g.Add("c", 3).Link("a")
	a.Link("b")
	fmt.Println(a.Reach(), g.nodes["c"].Reach(), len(g.order))

	var l List[float64]
	l.PushBack(1.5)
	l.PushBack(2.5)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ", e.list == &l, " ")
	}
	fmt.Println(l.len)

	p := printer[int]{}
	leaf := func(v int) *Expr[int] { return &Expr[int]{Val: v, Owner: p} }
	e := &Expr[int]{Op: "+", Args: []*Expr[int]{leaf(1), {Op: "*", Args: []*Expr[int]{leaf(2), leaf(3)}, Owner: p}}, Owner: p}
	fmt.Println(e.Owner.Visit(e))
}
