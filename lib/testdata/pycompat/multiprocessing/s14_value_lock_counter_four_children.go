package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(counter *multiprocessing.Value, n int) {
	for i := 0; i < n; i++ {
		l := counter.GetLock()
		l.Acquire()
		counter.Set(counter.Get().(int) + 1)
		l.Release()
	}
}

func main() {
	multiprocessing.Main(bump)
	counter := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: bump, Args: []any{counter, 500}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("%v [%v, %v, %v, %v]\n", counter.Get(), ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode(), ps[3].ExitCode())
}
