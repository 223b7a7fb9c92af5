package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type CountingQueue struct {
	*queue.Queue
	label string
	puts  int
	lock  threading.Lock
}

func NewCountingQueue(label string, maxsize int) *CountingQueue {
	return &CountingQueue{Queue: queue.New(maxsize), label: label}
}

func (q *CountingQueue) Put(item any) {
	q.lock.Acquire()
	q.puts++
	q.lock.Release()
	q.Queue.Put(item)
}

type GetQueue interface {
	Empty() bool
	Get() any
	TaskDone()
}

func drain(q GetQueue) []int {
	var out []int
	for !q.Empty() {
		out = append(out, q.Get().(int))
		q.TaskDone()
	}
	return out
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := NewCountingQueue("jobs", 3)
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: func() { q.Put(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	full := q.Full()
	out := drain(q)
	sort.Ints(out)
	fmt.Println(q.label, q.puts, pb(full), strings.ReplaceAll(fmt.Sprint(out), " ", ", "), q.UnfinishedTasks())
	q.Join()
	fmt.Println("joined", q.Qsize())
}
