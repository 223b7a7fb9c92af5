package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func consumer(q *multiprocessing.JoinableQueue, out *multiprocessing.Queue) {
	for {
		x := q.Get()
		if x == nil {
			q.TaskDone()
			break
		}
		out.Put(x.(int) + 1)
		q.TaskDone()
	}
}

func main() {
	multiprocessing.Main(consumer)
	q := multiprocessing.NewJoinableQueue()
	out := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: consumer, Args: []any{q, out}}
	p.Start()
	for i := range 5 {
		q.Put(i)
	}
	q.Put(nil)
	q.Join()
	var xs []int
	for range 5 {
		xs = append(xs, out.Get().(int))
	}
	sort.Ints(xs)
	fmt.Printf("[%d, %d, %d, %d, %d]\n", xs[0], xs[1], xs[2], xs[3], xs[4])
	p.Join()
	fmt.Println(p.ExitCode())
}
