// fmt calling a String method promoted from a nil embedded interface or a
// nil embedded pointer: the panic is caught and reported as Go's fmt
// reports it; a pointer method promoted from a nil embedded pointer gets
// the nil receiver.
package main

import (
	"fmt"
	"reflect"
)

type W struct {
	fmt.Stringer
}

type Name struct{ s string }

func (n Name) String() string { return "name:" + n.s }

type P struct {
	*Name
}

type Node struct{ v int }

func (n *Node) Describe() string {
	if n == nil {
		return "nil node"
	}
	return fmt.Sprint("node ", n.v)
}

type Holder struct {
	*Node
}

func main() {
	fmt.Println(W{})
	fmt.Println(W{Name{"x"}})
	fmt.Println(P{})
	fmt.Println(P{&Name{"y"}})
	h := Holder{}
	fmt.Println(reflect.ValueOf(h).MethodByName("Describe").Call(nil)[0])
	fmt.Println(reflect.ValueOf(Holder{&Node{3}}).MethodByName("Describe").Call(nil)[0])
}
