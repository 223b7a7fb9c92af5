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
		out.Put(item.(int) * 10)
		q.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	q := multiprocessing.NewJoinableQueue()
	out := multiprocessing.NewQueue()
	for range 2 {
		(&multiprocessing.Process{Target: worker, Args: []any{q, out}, Daemon: true}).Start()
	}
	for i := range 8 {
		q.Put(i)
	}
	q.Join()
	var got []int
	for range 8 {
		got = append(got, out.Get().(int))
	}
	sort.Ints(got)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	fmt.Println(pyBool(q.Empty()))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		q.TaskDone()
	}()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
