package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToFront(e4)
	dump(l)
	l.MoveToBack(e1)
	dump(l)
	l.MoveAfter(e4, e1)
	dump(l)
	l.Remove(e4)
	dump(l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	sum := 0
	for e := l.Front(); e != nil; e = e.Next() {
		if v, ok := e.Value.(int); ok {
			sum += v
		}
	}
	fmt.Println(sum, l.Init().Len())
}
