package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(jq *multiprocessing.JoinableQueue, results *multiprocessing.Queue) {
	for {
		item := jq.Get()
		if item == nil {
			jq.TaskDone()
			break
		}
		results.Put(item.(int) * 3)
		jq.TaskDone()
	}
}

func main() {
	multiprocessing.Main(worker)
	jq := multiprocessing.NewJoinableQueue()
	results := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{jq, results}})
	}
	for _, p := range ps {
		p.Start()
	}
	for i := 0; i < 10; i++ {
		jq.Put(i)
	}
	for range ps {
		jq.Put(nil)
	}
	jq.Join()
	var got []int
	for i := 0; i < 10; i++ {
		got = append(got, results.Get().(int))
	}
	sort.Ints(got)
	var codes []string
	for _, p := range ps {
		p.Join()
		codes = append(codes, fmt.Sprint(p.ExitCode()))
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "), "["+strings.Join(codes, ", ")+"]")
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		jq.TaskDone()
	}()
}
