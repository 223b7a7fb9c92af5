package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work(sem *multiprocessing.Semaphore, running, peak *multiprocessing.Value) {
	sem.Acquire()
	defer sem.Release()
	running.GetLock().Acquire()
	running.Set(running.Get().(int) + 1)
	if running.Get().(int) > peak.Get().(int) {
		peak.Set(running.Get())
	}
	running.GetLock().Release()
	time.Sleep(100 * time.Millisecond)
	running.GetLock().Acquire()
	running.Set(running.Get().(int) - 1)
	running.GetLock().Release()
}

func main() {
	multiprocessing.Main(work)
	sem := multiprocessing.NewSemaphore(2)
	running := multiprocessing.NewValue("i", 0)
	peak := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for range 4 {
		ps = append(ps, &multiprocessing.Process{Target: work, Args: []any{sem, running, peak}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	pk := peak.Get().(int)
	fmt.Printf("%s %v [%v, %v, %v, %v]\n", pyBool(1 <= pk && pk <= 2), running.Get(), ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode(), ps[3].ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
