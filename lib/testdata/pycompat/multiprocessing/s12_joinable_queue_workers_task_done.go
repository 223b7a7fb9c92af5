package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(q *multiprocessing.JoinableQueue, out *multiprocessing.Queue) {
	for {
		item := q.Get()
		if item == nil {
			q.TaskDone()
			break
		}
		out.Put(item.(int) * 10)
		q.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	q := multiprocessing.NewJoinableQueue()
	out := multiprocessing.NewQueue()
	var ws []*multiprocessing.Process
	for range 2 {
		ws = append(ws, &multiprocessing.Process{Target: worker, Args: []any{q, out}})
	}
	for _, w := range ws {
		w.Start()
	}
	for i := range 6 {
		q.Put(i)
	}
	for range ws {
		q.Put(nil)
	}
	q.Join()
	var got []int
	for range 6 {
		got = append(got, out.Get().(int))
	}
	sort.Ints(got)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	for _, w := range ws {
		w.Join()
	}
	fmt.Printf("[%v, %v]\n", ws[0].ExitCode(), ws[1].ExitCode())
}
