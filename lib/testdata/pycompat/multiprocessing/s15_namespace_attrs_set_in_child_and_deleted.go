package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(ns *multiprocessing.Namespace) {
	ns.Set("result", ns.Get("x").(int)*2)
	ns.Set("tag", "from child")
	ns.Delete("x")
}

func main() {
	multiprocessing.Main(child)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	ns := m.Namespace()
	ns.Set("x", 21)
	p := &multiprocessing.Process{Target: child, Args: []any{ns}}
	p.Start()
	p.Join()
	_, has := ns.Lookup("x")
	fmt.Println(ns.Get("result"), ns.Get("tag"), map[bool]string{true: "True", false: "False"}[has])
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ns.Get("x")
	}()
}
