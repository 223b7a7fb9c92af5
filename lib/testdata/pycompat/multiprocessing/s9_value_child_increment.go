package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func inc(v *multiprocessing.Value, n int) {
	for range n {
		v.GetLock().Acquire()
		v.Set(v.Get().(int) + 1)
		v.GetLock().Release()
	}
}

func main() {
	multiprocessing.Main(inc)
	v := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for range 3 {
		ps = append(ps, &multiprocessing.Process{Target: inc, Args: []any{v, 25}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("%v [%v, %v, %v]\n", v.Get(), ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode())
}
