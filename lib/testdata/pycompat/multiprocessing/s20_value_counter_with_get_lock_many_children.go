package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(v *multiprocessing.Value, n int) {
	for i := 0; i < n; i++ {
		v.GetLock().Acquire()
		v.Set(v.Get().(int) + 1)
		v.GetLock().Release()
	}
}

func main() {
	multiprocessing.Main(bump)
	v := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: bump, Args: []any{v, 200}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("%v [%v, %v, %v, %v]\n", v.Get(), ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode(), ps[3].ExitCode())
	v.Set(-5)
	fmt.Printf("%v %T\n", v.Get(), v.Get())
}
