package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func producer(q *multiprocessing.Queue, n int) {
	for i := range n {
		q.Put(i * i)
	}
	q.Put(nil)
}

func main() {
	multiprocessing.Main(producer)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: producer, Args: []any{q, 5}}
	p.Start()
	var out []any
	for {
		x := q.Get()
		if x == nil {
			break
		}
		out = append(out, x)
	}
	p.Join()
	fmt.Printf("[%v, %v, %v, %v, %v]\n", out...)
}
