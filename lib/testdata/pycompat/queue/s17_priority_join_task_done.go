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
	q := queue.NewPriorityQueue(0)
	var order []any
	worker := func() {
		for {
			x := q.Get()
			order = append(order, x)
			q.TaskDone()
			if x.(int) == 99 {
				break
			}
		}
	}
	for _, x := range []int{5, 3, 99, 1, 4} {
		q.Put(x)
	}
	t := &threading.Thread{Target: worker}
	t.Start()
	q.Join()
	t.Join()
	fmt.Println(list(order), q.UnfinishedTasks(), q.Qsize())
}
