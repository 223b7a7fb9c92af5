package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(err error) {
	if err != nil {
		fmt.Println(err)
	}
}

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	l := m.List(1, 2)
	show(l.Remove(9))
	try(func() { m.List().Pop() })
	try(func() { l.Get(5) })
	try(func() { show(l.Set(-3, 0)) })
	show(l.Remove(1))
	// The proxy is printed after the pop, as Python's print(l, l.pop(), ...)
	// formats the list when it prints it.
	p := l.Pop()
	fmt.Println(l, p, l.Len())
	m.Shutdown()
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}
