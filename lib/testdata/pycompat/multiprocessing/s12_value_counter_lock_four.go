package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(v *multiprocessing.Value, n int) {
	for range n {
		l := v.GetLock()
		l.Acquire()
		v.Set(v.Get().(int) + 1)
		l.Release()
	}
}

func main() {
	multiprocessing.Main(bump)
	v := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for range 4 {
		ps = append(ps, &multiprocessing.Process{Target: bump, Args: []any{v, 200}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("%v [%v, %v, %v, %v]\n", v.Get(), ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode(), ps[3].ExitCode())
	f := multiprocessing.NewValue("d", 1.5)
	f.Set(f.Get().(float64) * 2)
	fmt.Printf("%.1f\n", f.Get())
}
