package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func job(sem *multiprocessing.Semaphore, counter *multiprocessing.Value, lock *multiprocessing.Lock, peak *multiprocessing.Value) {
	sem.Acquire()
	defer sem.Release()
	lock.Acquire()
	counter.Set(counter.Get().(int) + 1)
	peak.Set(max(peak.Get().(int), counter.Get().(int)))
	lock.Release()
	time.Sleep(50 * time.Millisecond)
	lock.Acquire()
	counter.Set(counter.Get().(int) - 1)
	lock.Release()
}

func main() {
	multiprocessing.Main(job)
	sem := multiprocessing.NewSemaphore(2)
	lock := multiprocessing.NewLock()
	counter := multiprocessing.NewValue("i", 0)
	peak := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for range 5 {
		ps = append(ps, &multiprocessing.Process{Target: job, Args: []any{sem, counter, lock, peak}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	ok := "False"
	if peak.Get().(int) <= 2 {
		ok = "True"
	}
	fmt.Println(ok, counter.Get(), sem.GetValue())
}
