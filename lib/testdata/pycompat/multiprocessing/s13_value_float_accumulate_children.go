package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(v *multiprocessing.Value, step float64, times int) {
	for range times {
		l := v.GetLock()
		l.Acquire()
		v.Set(v.Get().(float64) + step)
		l.Release()
	}
}

func main() {
	multiprocessing.Main(add)
	v := multiprocessing.NewValue("d", 0.0)
	var ps []*multiprocessing.Process
	for range 4 {
		ps = append(ps, &multiprocessing.Process{Target: add, Args: []any{v, 0.5, 10}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("%.1f float %v\n", v.Get(), v)
}
