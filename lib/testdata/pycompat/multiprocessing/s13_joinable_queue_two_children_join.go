package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(jobs *multiprocessing.JoinableQueue, results *multiprocessing.Queue) {
	for {
		n := jobs.Get()
		if n == nil {
			jobs.TaskDone()
			return
		}
		results.Put(n.(int) * n.(int))
		jobs.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	jobs := multiprocessing.NewJoinableQueue()
	results := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for range 2 {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{jobs, results}})
	}
	for _, p := range ps {
		p.Start()
	}
	for n := range 8 {
		jobs.Put(n)
	}
	jobs.Join()
	var got []int
	for range 8 {
		got = append(got, results.Get().(int))
	}
	sort.Ints(got)
	fmt.Println("all 8 done:", strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	for range ps {
		jobs.Put(nil)
	}
	jobs.Join()
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode())
}
