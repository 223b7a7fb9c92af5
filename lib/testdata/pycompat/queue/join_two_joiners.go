package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(0)
var released []string
var lock threading.Lock

func joiner(name string) {
	q.Join()
	lock.Acquire()
	released = append(released, "'"+name+"'")
	lock.Release()
}

func main() {
	q.Put("a")
	q.Put("b")
	var js []*threading.Thread
	for i := range 2 {
		js = append(js, &threading.Thread{Target: func() { joiner(fmt.Sprintf("j%d", i)) }})
	}
	for _, j := range js {
		j.Start()
	}
	q.Get()
	q.TaskDone()
	lock.Acquire()
	fmt.Printf("after one task_done: [%s] %d\n", strings.Join(released, ", "), q.UnfinishedTasks())
	lock.Release()
	q.Get()
	q.TaskDone()
	for _, j := range js {
		j.Join()
	}
	sort.Strings(released)
	fmt.Printf("[%s] %d\n", strings.Join(released, ", "), q.UnfinishedTasks())
}
