package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type LinkedList[T any] struct {
	Head *Node[T]
	Len  int
}

func (l *LinkedList[T]) PushFront(v T) {
	l.Head = &Node[T]{v, l.Head}
	l.Len++
}

func (l *LinkedList[T]) Reverse() {
	var prev *Node[T]
	for cur := l.Head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *LinkedList[T]) String() string {
	var parts []string
	for n := l.Head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

type IntNode struct {
	val  int
	next *IntNode
}

func main() {
	var l LinkedList[int]
	for i := 1; i <= 5; i++ {
		l.PushFront(i)
	}
	fmt.Println(l.String(), l.Len)
	l.Reverse()
	fmt.Println(&l)
	var s LinkedList[string]
	s.PushFront("b")
	s.PushFront("a")
	fmt.Println(s.String())
	var head *IntNode
	for i := 3; i > 0; i-- {
		head = &IntNode{i, head}
	}
	sum := 0
	for n := head; n != nil; n = n.next {
		sum += n.val
	}
	fmt.Println(sum, head.next.next.next == nil)
	fmt.Printf("%v %+v\n", *head.next.next, *head.next.next)
}
