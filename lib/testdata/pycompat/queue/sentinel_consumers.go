package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(0)
var totals []int
var lock threading.Lock

func consumer() {
	total := 0
	for {
		item := q.Get()
		if item == nil {
			q.TaskDone()
			break
		}
		total += item.(int)
		q.TaskDone()
	}
	lock.Acquire()
	totals = append(totals, total)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: consumer})
	}
	for _, t := range ts {
		t.Start()
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	for range ts {
		q.Put(nil)
	}
	q.Join()
	for _, t := range ts {
		t.Join()
	}
	s := 0
	for _, x := range totals {
		s += x
	}
	fmt.Println(len(totals), s, q.UnfinishedTasks())
}
