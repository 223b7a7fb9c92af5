package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(q *multiprocessing.JoinableQueue, out *multiprocessing.Queue) {
	for {
		item := q.Get()
		if item == nil {
			q.TaskDone()
			break
		}
		out.Put(item.(int) * item.(int))
		q.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	q := multiprocessing.NewJoinableQueue()
	out := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{q, out}})
	}
	for _, p := range ps {
		p.Start()
	}
	for i := 0; i < 10; i++ {
		q.Put(i)
	}
	for range ps {
		q.Put(nil)
	}
	q.Join()
	var got []int
	for i := 0; i < 10; i++ {
		v, _ := out.GetTimeout(30 * time.Second)
		got = append(got, v.(int))
	}
	sort.Ints(got)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode())
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		q.TaskDone()
	}()
}
