package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	m.Start()
	ns := m.Namespace()
	ns.Set("a", 1)
	ns.Set("b", "x")
	ns.Set("c", 2.5)
	ns.Set("d", nil)
	fmt.Println(ns)
	l := m.List(1, "a", 2.5, true, nil)
	fmt.Println(l)
	l.Append([]int{1, 2})
	fmt.Println(l)
	d := m.Dict()
	d.Set("k", 1)
	d.Set("s", "v")
	fmt.Println(d)
	m.Shutdown()
}
