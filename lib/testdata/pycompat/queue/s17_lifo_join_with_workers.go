package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func list(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		if x == nil {
			s += "None"
		} else {
			s += fmt.Sprint(x)
		}
	}
	return s + "]"
}

func main() {
	q := queue.NewLifoQueue(0)
	var seen []int
	var lock threading.Lock
	worker := func() {
		for {
			x := q.Get()
			if x == nil {
				q.TaskDone()
				break
			}
			lock.Acquire()
			seen = append(seen, x.(int))
			lock.Release()
			q.TaskDone()
		}
	}
	for i := range 8 {
		q.Put(i)
	}
	var ts []*threading.Thread
	for range 2 {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	q.Join()
	sort.Ints(seen)
	var s []any
	for _, x := range seen {
		s = append(s, x)
	}
	fmt.Println(list(s), q.UnfinishedTasks())
	for range ts {
		q.Put(nil)
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(pyBool(q.Empty()))
}
