package main

import (
	"fmt"
	"reflect"
)

type Container struct {
	providers map[reflect.Type]func(*Container) (any, error)
	log       []string
}

func NewContainer() *Container {
	return &Container{providers: map[reflect.Type]func(*Container) (any, error){}}
}

type Node struct {
	Next  func(*Node) *Node
	Kids  map[string]func(Node) []*Node
	Value int
}

// %T, %v and reflect of values whose type reaches itself through the
// parameters of func types in a map or field (the interpreter's type
// construction recursed until the stack overflowed).
func main() {
	c := NewContainer()
	c.providers[reflect.TypeFor[int]()] = func(*Container) (any, error) { return 1, nil }
	fmt.Printf("%T %d\n", c, len(c.providers))
	fmt.Println(reflect.TypeOf(c).Elem().NumField(), reflect.TypeOf(c).Elem().Field(0).Type.Key())
	n := &Node{Value: 3}
	n.Next = func(x *Node) *Node { return x }
	fmt.Printf("%T %v %T\n", n, n.Next(n).Value, n.Kids)
	var any1 any = *n
	_, ok := any1.(Node)
	fmt.Println(ok)
}
