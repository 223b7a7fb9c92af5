package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(0)
var results []int
var lock threading.Lock

func worker() {
	for {
		item := q.Get()
		if item == nil {
			q.TaskDone()
			break
		}
		lock.Acquire()
		results = append(results, item.(int)*item.(int))
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
	lock.Acquire()
	sort.Ints(results)
	fmt.Println(pyList(results))
	lock.Release()
	for range ts {
		q.Put(nil)
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(q.UnfinishedTasks(), q.Qsize())
}

func pyList(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}
