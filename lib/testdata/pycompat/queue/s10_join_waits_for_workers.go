package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q queue.Queue
var done []int
var lock threading.Lock

func worker() {
	for {
		item := q.Get()
		time.Sleep(2 * time.Millisecond)
		lock.Acquire()
		done = append(done, item.(int))
		lock.Release()
		q.TaskDone()
	}
}

func main() {
	for range 3 {
		(&threading.Thread{Target: worker, Daemon: true}).Start()
	}
	for item := range 20 {
		q.Put(item)
	}
	q.Join()
	lock.Acquire()
	s := append([]int(nil), done...)
	lock.Release()
	sort.Ints(s)
	ok := len(s) == 20
	for i, v := range s {
		ok = ok && v == i
	}
	fmt.Println("all work completed", len(s), pyBool(ok))
	for item := range 5 {
		q.Put(item)
	}
	q.Join()
	fmt.Println(len(done), q.UnfinishedTasks())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
