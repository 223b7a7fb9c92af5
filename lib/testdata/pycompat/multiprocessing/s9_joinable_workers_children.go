package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(q *multiprocessing.JoinableQueue, out *multiprocessing.Queue) {
	for {
		x := q.Get()
		if x == nil {
			q.TaskDone()
			break
		}
		out.Put(x.(int) * 2)
		q.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	q := multiprocessing.NewJoinableQueue()
	out := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for range 2 {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{q, out}})
	}
	for _, p := range ps {
		p.Start()
	}
	for i := range 6 {
		q.Put(i)
	}
	q.Join()
	var rs []int
	for range 6 {
		rs = append(rs, out.Get().(int))
	}
	sort.Ints(rs)
	fmt.Printf("[%d, %d, %d, %d, %d, %d]\n", rs[0], rs[1], rs[2], rs[3], rs[4], rs[5])
	for range ps {
		q.Put(nil)
	}
	q.Join()
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode())
}
