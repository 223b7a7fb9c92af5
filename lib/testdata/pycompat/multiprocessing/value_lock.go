package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(v *multiprocessing.Value, n int) {
	for range n {
		v.GetLock().Acquire()
		v.Set(v.Get().(int) + 1)
		v.GetLock().Release()
	}
}

func main() {
	multiprocessing.Main(add)
	v := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for range 3 {
		ps = append(ps, &multiprocessing.Process{Target: add, Args: []any{v, 200}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(v.Get())
	d := multiprocessing.NewValue("d", 1.5)
	fmt.Println(d.Get())
}
