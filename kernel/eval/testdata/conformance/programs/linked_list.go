package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) { l.head = &Node{v, l.head}; l.size++ }

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	p := l.head
	for p.Next != nil {
		p = p.Next
	}
	p.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Append(i * 10)
	}
	l.Push(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(0), l.size)
	fmt.Println(&l)
	fmt.Printf("%v %s\n", l, &l)
	var empty List
	empty.Reverse()
	fmt.Println(empty, empty.head == nil)
}
