package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	for i := 0; i < 4; i++ {
		q.Put(i)
	}
	var released []string
	var lock threading.Lock
	var js []*threading.Thread
	for _, n := range []string{"a", "b"} {
		n := n
		js = append(js, &threading.Thread{Target: func() {
			q.Join()
			lock.Acquire()
			released = append(released, "'"+n+"'")
			lock.Release()
		}})
	}
	for _, j := range js {
		j.Start()
	}
	for !q.Empty() {
		q.Get()
		q.TaskDone()
	}
	for _, j := range js {
		j.Join()
	}
	sort.Strings(released)
	fmt.Println("["+strings.Join(released, ", ")+"]", q.UnfinishedTasks())
}
