package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(v *multiprocessing.Value, a *multiprocessing.Array, n int) {
	for range n {
		v.GetLock().Acquire()
		v.Set(v.Get().(int) + 1)
		v.GetLock().Release()
	}
	a.GetLock().Acquire()
	a.Set(0, a.Get(0).(int)+n)
	a.GetLock().Release()
}

func main() {
	multiprocessing.Main(add)
	v := multiprocessing.NewValue("i", 0)
	a := multiprocessing.NewArray("i", []int{0, 7})
	var ps []*multiprocessing.Process
	for range 4 {
		ps = append(ps, &multiprocessing.Process{Target: add, Args: []any{v, a, 50}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(v.Get(), strings.ReplaceAll(fmt.Sprint(a.Slice()), " ", ", "), a.Len())
}
