package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func producer(q *multiprocessing.Queue, n int) {
	for i := range n {
		q.Put(i)
	}
	q.Put(nil)
}

func consumer(q, out *multiprocessing.Queue) {
	total, count := 0, 0
	for {
		item := q.Get()
		if item == nil {
			break
		}
		total += item.(int)
		count++
	}
	out.Put([]any{count, total})
}

func main() {
	multiprocessing.Main(producer, consumer)
	q := multiprocessing.NewQueue()
	out := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: producer, Args: []any{q, 50}}
	c := &multiprocessing.Process{Target: consumer, Args: []any{q, out}}
	p.Start()
	c.Start()
	p.Join()
	c.Join()
	r := out.Get().([]any)
	fmt.Printf("(%v, %v) %v %v\n", r[0], r[1], p.ExitCode(), c.ExitCode())
}
