package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func job(sem *multiprocessing.Semaphore, active, peak *multiprocessing.Value, lock *multiprocessing.Lock) {
	sem.Acquire()
	lock.Acquire()
	active.Set(active.Get().(int) + 1)
	peak.Set(max(peak.Get().(int), active.Get().(int)))
	lock.Release()
	time.Sleep(50 * time.Millisecond)
	lock.Acquire()
	active.Set(active.Get().(int) - 1)
	lock.Release()
	sem.Release()
}

func main() {
	multiprocessing.Main(job)
	sem := multiprocessing.NewSemaphore(2)
	lock := multiprocessing.NewLock()
	active := multiprocessing.NewValue("i", 0)
	peak := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for i := 0; i < 5; i++ {
		ps = append(ps, &multiprocessing.Process{Target: job, Args: []any{sem, active, peak, lock}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(pyBool(peak.Get().(int) <= 2), active.Get(), sem.GetValue())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
