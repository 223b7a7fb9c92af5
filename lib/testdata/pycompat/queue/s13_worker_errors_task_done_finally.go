package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(0)
	var errs []string
	var results []int
	var lock threading.Lock
	handle := func(item int) {
		defer func() {
			if r := recover(); r != nil {
				lock.Acquire()
				errs = append(errs, fmt.Sprintf("(%d, '%v')", item, r))
				lock.Release()
			}
		}()
		if item == 0 {
			panic("integer division or modulo by zero")
		}
		lock.Acquire()
		results = append(results, 10/item)
		lock.Release()
	}
	worker := func() {
		for {
			item := q.Get()
			if item == nil {
				q.TaskDone()
				return
			}
			handle(item.(int))
			q.TaskDone()
		}
	}
	var ts []*threading.Thread
	for range 2 {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, item := range []int{5, 0, 2, 0, 1} {
		q.Put(item)
	}
	q.Join()
	lock.Acquire()
	sort.Ints(results)
	sort.Strings(errs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(results), " ", ", "), "["+strings.Join(errs, ", ")+"]", q.UnfinishedTasks())
	lock.Release()
	for range ts {
		q.Put(nil)
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("workers done", q.UnfinishedTasks(), pyBool(q.Empty()))
}
