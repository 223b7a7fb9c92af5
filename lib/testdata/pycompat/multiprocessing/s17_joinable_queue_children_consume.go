package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func consume(q *multiprocessing.JoinableQueue, total *multiprocessing.Value) {
	for {
		x := q.Get()
		if x == nil {
			q.TaskDone()
			break
		}
		total.Acquire()
		total.Set(total.Get().(int) + x.(int))
		total.Release()
		q.TaskDone()
	}
}

func main() {
	multiprocessing.Main(consume)
	q := multiprocessing.NewJoinableQueue()
	total := multiprocessing.NewValue("i", 0)
	var ps []*multiprocessing.Process
	for range 2 {
		ps = append(ps, &multiprocessing.Process{Target: consume, Args: []any{q, total}})
	}
	for _, p := range ps {
		p.Start()
	}
	for i := 1; i <= 20; i++ {
		q.Put(i)
	}
	q.Join()
	fmt.Println(total.Get())
	for range ps {
		q.Put(nil)
	}
	q.Join()
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode())
}
