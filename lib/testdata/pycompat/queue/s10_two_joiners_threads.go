package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var q queue.Queue
	for i := range 3 {
		q.Put(i)
	}
	var released []string
	var lock threading.Lock
	joiner := func(name string) {
		q.Join()
		lock.Acquire()
		released = append(released, "'"+name+"'")
		lock.Release()
	}
	var js []*threading.Thread
	for _, n := range []string{"j1", "j2"} {
		js = append(js, &threading.Thread{Target: func() { joiner(n) }})
	}
	for _, j := range js {
		j.Start()
	}
	for range 3 {
		q.Get()
		q.TaskDone()
	}
	for _, j := range js {
		j.Join()
	}
	sort.Strings(released)
	fmt.Println("["+strings.Join(released, ", ")+"]", q.UnfinishedTasks())
}
