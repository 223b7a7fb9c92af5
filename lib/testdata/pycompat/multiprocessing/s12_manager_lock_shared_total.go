package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(ns *multiprocessing.Namespace, lock *multiprocessing.Lock, n int) {
	for range n {
		lock.Acquire()
		ns.Set("total", ns.Get("total").(int)+1)
		lock.Release()
	}
}

func main() {
	multiprocessing.Main(add)
	m := multiprocessing.NewManager()
	ns := m.Namespace()
	ns.Set("total", 0)
	lock := m.Lock()
	var ps []*multiprocessing.Process
	for range 3 {
		ps = append(ps, &multiprocessing.Process{Target: add, Args: []any{ns, lock, 25}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(ns.Get("total"))
	m.Shutdown()
}
