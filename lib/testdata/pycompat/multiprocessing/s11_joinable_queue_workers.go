package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(tasks *multiprocessing.JoinableQueue, results *multiprocessing.Queue) {
	for {
		n := tasks.Get()
		if n == nil {
			tasks.TaskDone()
			break
		}
		results.Put(n.(int) * n.(int))
		tasks.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	tasks := multiprocessing.NewJoinableQueue()
	results := multiprocessing.NewQueue()
	var ws []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ws = append(ws, &multiprocessing.Process{Target: worker, Args: []any{tasks, results}})
	}
	for _, w := range ws {
		w.Start()
	}
	for n := 0; n < 10; n++ {
		tasks.Put(n)
	}
	for range ws {
		tasks.Put(nil)
	}
	tasks.Join()
	var got []int
	for i := 0; i < 10; i++ {
		got = append(got, results.Get().(int))
	}
	sort.Ints(got)
	fmt.Println(pyList(got))
	for _, w := range ws {
		w.Join()
	}
	var codes []any
	for _, w := range ws {
		codes = append(codes, w.ExitCode())
	}
	fmt.Println(pyList(codes))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
