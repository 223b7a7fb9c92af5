package main

import (
	"fmt"
	"reflect"
)

type Node interface{ Val() int }

type Leaf int

func (l Leaf) Val() int { return int(l) }

type Pair struct{ L, R Node }

func (p Pair) Val() int { return p.L.Val() + p.R.Val() }

type Tree struct {
	Root  Node
	Extra map[string]Node
	List  []Node
}

func main() {
	a := Tree{Root: Pair{Leaf(1), Pair{Leaf(2), Leaf(3)}}, Extra: map[string]Node{"x": Leaf(4)}, List: []Node{Leaf(5), nil}}
	b := Tree{Root: Pair{Leaf(1), Pair{Leaf(2), Leaf(3)}}, Extra: map[string]Node{"x": Leaf(4)}, List: []Node{Leaf(5), nil}}
	c := b
	c.List = []Node{Leaf(5), Leaf(0)}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, c), a.Root.Val())
	fmt.Println(a.Root == b.Root, a.List[0] == b.List[0])
}
