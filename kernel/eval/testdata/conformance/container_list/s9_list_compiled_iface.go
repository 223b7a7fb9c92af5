package main

import (
	"container/list"
	"fmt"
	"strconv"
)

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

type Node struct{ Name string }

func (n *Node) String() string { return "node " + n.Name }

func main() {
	l := list.New()
	var s fmt.Stringer = ID(1)
	l.PushBack(s)
	l.PushBack(ID(2))
	n := &Node{"a"}
	l.PushBack(fmt.Stringer(n))
	for e := l.Front(); e != nil; e = e.Next() {
		st, ok := e.Value.(fmt.Stringer)
		fmt.Printf("%v %T %v %s\n", e.Value, e.Value, ok, st.String())
		switch v := e.Value.(type) {
		case ID:
			fmt.Println("ID", int(v)+1)
		case *Node:
			v.Name += "!"
			fmt.Println("Node", v.Name)
		}
	}
	fmt.Println(n.Name, l.Front().Value == s, l.Front().Value == any(ID(1)), l.Back().Value == any(n))
	seen := map[any]bool{}
	for e := l.Front(); e != nil; e = e.Next() {
		seen[e.Value] = true
	}
	fmt.Println(len(seen), seen[ID(1)], seen[ID(2)], seen[s], seen[n])
}
