package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func addMany(lock *multiprocessing.Lock, total *multiprocessing.Value, n int) {
	for range n {
		lock.Acquire()
		total.Set(total.Get().(int) + 1)
		lock.Release()
	}
}

func main() {
	multiprocessing.Main(addMany)
	lock := multiprocessing.NewLock()
	total := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for range 4 {
		ps = append(ps, &multiprocessing.Process{Target: addMany, Args: []any{lock, total, 200}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(total.Get(), pyBool(lock.TryAcquire()))
	lock.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
