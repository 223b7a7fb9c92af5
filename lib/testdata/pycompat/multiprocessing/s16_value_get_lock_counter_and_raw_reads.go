package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(v *multiprocessing.Value, n int) {
	for i := 0; i < n; i++ {
		v.GetLock().Acquire()
		v.Set(v.Get().(int) + 1)
		v.GetLock().Release()
	}
}

func main() {
	multiprocessing.Main(add)
	v := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: add, Args: []any{v, 200}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(v.Get(), v)
	lock := v.GetLock()
	a, b := lock.Acquire(), lock.Acquire()
	fmt.Println(map[bool]string{true: "True"}[a], map[bool]string{true: "True"}[b], "reentrant:", lock)
	lock.Release()
	lock.Release()
	f := multiprocessing.NewValue("d", 0.5)
	f.GetLock().Acquire()
	f.Set(f.Get().(float64) * 3)
	f.GetLock().Release()
	fmt.Println(f.Get(), f)
	c := multiprocessing.NewValue("c", []byte("x"))
	c.Set([]byte("y"))
	fmt.Printf("b'%s' %v\n", c.Get(), c)
}
