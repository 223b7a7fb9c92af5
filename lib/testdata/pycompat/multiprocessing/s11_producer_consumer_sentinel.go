package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func producer(q *multiprocessing.Queue, n int) {
	for i := 0; i < n; i++ {
		q.Put(i)
	}
	q.Put(nil)
}

func consumer(q, out *multiprocessing.Queue) {
	total := 0
	for {
		item := q.Get()
		if item == nil {
			break
		}
		total += item.(int)
	}
	out.Put(total)
}

func main() {
	multiprocessing.Main(producer, consumer)
	q, out := multiprocessing.NewQueue(5), multiprocessing.NewQueue()
	ps := []*multiprocessing.Process{
		{Target: producer, Args: []any{q, 100}},
		{Target: consumer, Args: []any{q, out}},
	}
	for _, p := range ps {
		p.Start()
	}
	fmt.Println("total", out.Get())
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(pyList([]any{ps[0].ExitCode(), ps[1].ExitCode()}))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
