package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func hold(sem, got *multiprocessing.Semaphore, release *multiprocessing.Event) {
	sem.Acquire()
	got.Release()
	release.Wait()
	sem.Release()
}

func main() {
	multiprocessing.Main(hold)
	sem := multiprocessing.NewSemaphore(2)
	got := multiprocessing.NewSemaphore(0)
	release := multiprocessing.NewEvent()
	var ps []*multiprocessing.Process
	for range 2 {
		ps = append(ps, &multiprocessing.Process{Target: hold, Args: []any{sem, got, release}})
	}
	for _, p := range ps {
		p.Start()
	}
	got.Acquire()
	got.Acquire()
	fmt.Println("held by children: value", sem.GetValue())
	a := sem.AcquireTimeout(100 * time.Millisecond)
	fmt.Println("parent acquire(timeout=0.1):", pyBool(a), "block=False:", pyBool(sem.TryAcquire()))
	release.Set()
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("after: value %d [%v, %v]\n", sem.GetValue(), ps[0].ExitCode(), ps[1].ExitCode())
	fmt.Println(pyBool(sem.AcquireTimeout(0)), sem.GetValue())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
