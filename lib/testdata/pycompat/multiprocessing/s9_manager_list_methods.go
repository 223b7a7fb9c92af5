package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	m.Start()
	l := m.List(5, 3, 5)
	l.Extend([]int{7, 8})
	l.Insert(0, 1)
	i, _ := l.Index(3)
	fmt.Println(l, l.Len(), l.Count(5), i)
	l.Remove(5)
	a := l.Pop()
	b := l.Pop(0)
	fmt.Println(l, a, b, l)
	if err := l.Remove(99); err != nil {
		fmt.Println(err)
	}
	if _, err := l.Index(99); err != nil {
		fmt.Println(err)
	}
	m.Shutdown()
}
