package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Node struct {
	Lv   Level
	Next *Node
	Kids []Node
}

type Pair struct {
	A *Pair
	N int
}

func main() {
	n := Node{Lv: 1, Kids: []Node{{Lv: 2}, {Lv: 3}}}
	n.Next = &Node{Lv: 4}
	fmt.Printf("%v\n", n.Kids)
	fmt.Printf("%+v\n", n.Kids[0])
	fmt.Printf("%v %+v\n", *n.Next, *n.Next)
	fmt.Printf("%T %T %T\n", n, n.Next, n.Kids)
	p := Pair{N: 1, A: &Pair{N: 2}}
	fmt.Printf("%v %+v\n", *p.A, p.A.A)
	fmt.Printf("%#v\n", Pair{N: 3})
	fmt.Println(p.A.N, n.Next.Lv, n.Kids[1].Lv)
}
