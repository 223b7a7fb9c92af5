package main

import (
	"container/list"
	"fmt"
	"sync"
)

type Task struct {
	ID   int
	Name string
}

func (t Task) String() string { return fmt.Sprintf("#%d %s", t.ID, t.Name) }

func main() {
	l := list.New()
	l.PushBack(Task{1, "write"})
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
	}
	var m sync.Map
	m.Store("t", Task{2, "test"})
	v, _ := m.Load("t")
	fmt.Println(v)
	fmt.Printf("%T\n", v)
}
