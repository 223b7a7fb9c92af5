package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work(ns *multiprocessing.Namespace, lock *multiprocessing.Lock, i int) {
	lock.Acquire()
	defer lock.Release()
	ns.Set("total", ns.Get("total").(int)+i)
	ns.Set("last", i)
}

func main() {
	multiprocessing.Main(work)
	m := multiprocessing.NewManager()
	ns := m.Namespace()
	ns.Set("total", 0)
	ns.Set("last", nil)
	lock := m.Lock()
	var ps []*multiprocessing.Process
	for i := 1; i < 6; i++ {
		ps = append(ps, &multiprocessing.Process{Target: work, Args: []any{ns, lock, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	last, _ := ns.Get("last").(int)
	fmt.Println(ns.Get("total"), pyBool(last >= 1 && last <= 5))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		ns.Get("missing")
	}()
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
