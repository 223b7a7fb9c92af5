package main

import "fmt"

// Two generic types that need each other through an interface: Node[T]
// has a field of type Link[T], whose method returns a Node[T]. Go runs
// it; the interpreter reports an instantiation cycle (it used to overflow
// its stack, which ended the kernel's process).

type Node[T any] struct {
	val  T
	next Link[T]
}

type Link[T any] interface {
	Follow() Node[T]
}

type end[T any] struct{ last T }

func (e end[T]) Follow() Node[T] { return Node[T]{val: e.last} }

func main() {
	n := Node[string]{val: "a", next: end[string]{"b"}}
	fmt.Println(n.val, n.next.Follow().val)
}
