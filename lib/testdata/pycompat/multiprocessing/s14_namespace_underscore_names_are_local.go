package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func try(label string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			msg := fmt.Sprint(e)
			fmt.Println(label, msg[len("AttributeError: "):])
		}
	}()
	f()
}

func main() {
	py := map[bool]string{true: "True", false: "False"}
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	ns := m.Namespace()
	try("del:", func() { ns.Delete("_x") })
	try("get:", func() { ns.Get("_x") })
	v, ok := ns.Lookup("_x")
	if !ok {
		v = "dflt"
	}
	fmt.Println(v, py[ok])
	ns.Set("_x", 5)
	_, ok = ns.Lookup("_x")
	fmt.Println(ns.Get("_x"), py[ok], ns)
	ns.Delete("_x")
	_, ok = ns.Lookup("_x")
	fmt.Println(py[ok])
}
