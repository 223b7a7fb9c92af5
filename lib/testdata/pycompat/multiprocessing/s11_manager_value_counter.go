package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(counter *multiprocessing.Value, lock *multiprocessing.Lock, n int) {
	for i := 0; i < n; i++ {
		lock.Acquire()
		counter.Set(counter.Get().(int) + 1)
		lock.Release()
	}
}

func main() {
	multiprocessing.Main(bump)
	m := multiprocessing.NewManager()
	counter := m.Value("i", 0)
	lock := m.Lock()
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: bump, Args: []any{counter, lock, 50}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(counter.Get(), counter)
	m.Shutdown()
}
