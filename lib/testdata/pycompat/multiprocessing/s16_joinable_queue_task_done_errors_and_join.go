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
		out.Put(item.(int) * 2)
		q.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	q := multiprocessing.NewJoinableQueue()
	out := multiprocessing.NewQueue()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		q.TaskDone()
	}()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{q, out}})
	}
	for _, p := range ps {
		p.Start()
	}
	for i := 0; i < 6; i++ {
		q.Put(i)
	}
	q.Join()
	var got []int
	for i := 0; i < 6; i++ {
		got = append(got, out.Get().(int))
	}
	sort.Ints(got)
	fmt.Println("joined:", strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	for range ps {
		q.Put(nil)
	}
	q.Join()
	var codes []string
	for _, p := range ps {
		p.Join()
		codes = append(codes, fmt.Sprint(p.ExitCode()))
	}
	fmt.Println("exitcodes:", "["+strings.Join(codes, ", ")+"]", map[bool]string{true: "True", false: "False"}[q.Empty()])
}
