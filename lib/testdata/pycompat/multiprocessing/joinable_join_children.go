package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(q *multiprocessing.JoinableQueue, results *multiprocessing.Queue) {
	for {
		item := q.Get()
		if item == nil {
			q.TaskDone()
			break
		}
		results.Put(item.(int) * 10)
		q.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	q := multiprocessing.NewJoinableQueue()
	results := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{q, results}})
	}
	for _, p := range ps {
		p.Start()
	}
	for i := 0; i < 6; i++ {
		q.Put(i)
	}
	for range ps {
		q.Put(nil)
	}
	q.Join()
	var xs []int
	for i := 0; i < 6; i++ {
		xs = append(xs, results.Get().(int))
	}
	sort.Ints(xs)
	fmt.Printf("[%d, %d, %d, %d, %d, %d]\n", xs[0], xs[1], xs[2], xs[3], xs[4], xs[5])
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode())
}
