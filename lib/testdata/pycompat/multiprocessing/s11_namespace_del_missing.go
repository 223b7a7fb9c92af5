package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	ns := m.Namespace()
	ns.Set("x", 1)
	ns.Set("y", "two")
	ns.Delete("x")
	_, ok := ns.Lookup("x")
	fmt.Println(pyBool(ok), ns.Get("y"))
	try(func() { ns.Delete("x") })
	try(func() { ns.Delete("never") })
	v, ok := ns.Lookup("x")
	if !ok {
		v = "default"
	}
	fmt.Println(v)
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
