package main

import (
	"errors"
	"fmt"
)

// Values of notebook interface types given to fmt whose dynamic values are
// structs (or pointers to structs) with fields of interface types.
type Node interface{ Kind() string }

type Leaf struct{ V int }
type Pair struct {
	L, R Node
	Tag  string
}
type Box struct {
	In  Node
	Err error
	Any any
}
type List struct{ Items []Node }

func (Leaf) Kind() string { return "leaf" }
func (Pair) Kind() string { return "pair" }
func (*Box) Kind() string { return "box" }
func (List) Kind() string { return "list" }

func show(n Node) {
	fmt.Printf("%v|%+v|%T\n", n, n, n)
}

func main() {
	var n Node = Pair{Leaf{1}, Pair{Leaf{2}, nil, "in"}, "out"}
	show(n)
	show(&Box{In: Leaf{3}, Err: errors.New("bad"), Any: Leaf{4}})
	show(List{[]Node{Leaf{5}, Pair{L: Leaf{6}}}})
	show(Leaf{7})
	var none Node
	fmt.Println(none, n)
	fmt.Printf("%#v\n", Pair{L: Leaf{8}, Tag: "x"})
	var k Node = Pair{L: Leaf{9}}
	fmt.Printf("%#v\n", k)
	s := fmt.Sprint(k, " ", n.Kind())
	fmt.Println(s)
	var a any = &Box{In: Pair{L: Leaf{10}}, Err: errors.New("worse")}
	fmt.Printf("%v %+v %T\n", a, a, a)
	items := []any{a, Pair{R: Leaf{11}}, k}
	fmt.Println(len(fmt.Sprint(items)) > 0, items[1:])
}
