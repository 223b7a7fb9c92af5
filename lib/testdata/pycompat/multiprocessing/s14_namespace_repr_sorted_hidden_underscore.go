package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(ns *multiprocessing.Namespace) {
	ns.Set("from_child", "yes")
	ns.Set("_private", 1)
}

func main() {
	multiprocessing.Main(child)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	ns := m.Namespace()
	ns.Set("zeta", 1)
	ns.Set("alpha", "a")
	ns.Set("mid", []any{1, 2})
	fmt.Println(ns)
	ns.Delete("alpha")
	ns.Set("alpha", 2.5)
	ns.Set("Beta", nil)
	p := &multiprocessing.Process{Target: child, Args: []any{ns}}
	p.Start()
	p.Join()
	fmt.Println(ns)
	_, has := ns.Lookup("_private")
	fmt.Println(map[bool]string{true: "True", false: "False"}[has], ns.Get("from_child"))
}
