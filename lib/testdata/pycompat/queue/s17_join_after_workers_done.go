package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(0)
var done []int
var lock threading.Lock

func worker() {
	for {
		item := q.Get()
		if item == nil {
			q.TaskDone()
			return
		}
		lock.Acquire()
		done = append(done, item.(int)*item.(int))
		lock.Release()
		q.TaskDone()
	}
}

func main() {
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for i := range 10 {
		q.Put(i)
	}
	q.Join()
	sort.Ints(done)
	fmt.Print("[")
	for i, d := range done {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(d)
	}
	fmt.Println("]", q.UnfinishedTasks())
	for range ts {
		q.Put(nil)
	}
	q.Join()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(q.Qsize(), q.UnfinishedTasks())
}
