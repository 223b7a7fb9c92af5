package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(jobs *multiprocessing.JoinableQueue, results *multiprocessing.Queue) {
	for {
		n := jobs.Get()
		if n == nil {
			jobs.TaskDone()
			break
		}
		results.Put(n.(int) * 10)
		jobs.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	jobs := multiprocessing.NewJoinableQueue()
	results := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{jobs, results}, Daemon: true})
	}
	for _, p := range ps {
		p.Start()
	}
	for n := 0; n < 6; n++ {
		jobs.Put(n)
	}
	for range ps {
		jobs.Put(nil)
	}
	jobs.Join()
	var got []int
	for i := 0; i < 6; i++ {
		got = append(got, results.Get().(int))
	}
	sort.Ints(got)
	fmt.Printf("[%d, %d, %d, %d, %d, %d]\n", got[0], got[1], got[2], got[3], got[4], got[5])
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%v, %v] [True, True]\n", ps[0].ExitCode(), ps[1].ExitCode())
}
