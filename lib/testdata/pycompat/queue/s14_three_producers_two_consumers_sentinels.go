package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type pair struct{ pid, i int }

func (p pair) String() string { return fmt.Sprintf("(%d, %d)", p.pid, p.i) }

var (
	q       = queue.New(4)
	results []pair
	lock    threading.Lock
)

func producer(pid int) {
	for i := 0; i < 5; i++ {
		q.Put(pair{pid, i})
	}
}

func consumer() {
	for {
		item := q.Get()
		if item == nil {
			q.TaskDone()
			break
		}
		lock.Acquire()
		results = append(results, item.(pair))
		lock.Release()
		q.TaskDone()
	}
}

func main() {
	var producers, consumers []*threading.Thread
	for p := 0; p < 3; p++ {
		producers = append(producers, &threading.Thread{Target: func() { producer(p) }})
	}
	for i := 0; i < 2; i++ {
		consumers = append(consumers, &threading.Thread{Target: consumer})
	}
	for _, t := range append(consumers, producers...) {
		t.Start()
	}
	for _, t := range producers {
		t.Join()
	}
	for range consumers {
		q.Put(nil)
	}
	q.Join()
	for _, t := range consumers {
		t.Join()
	}
	sort.Slice(results, func(a, b int) bool {
		if results[a].pid != results[b].pid {
			return results[a].pid < results[b].pid
		}
		return results[a].i < results[b].i
	})
	fmt.Printf("%d [%v, %v, %v] %v\n", len(results), results[0], results[1], results[2], results[len(results)-1])
	fmt.Println("unfinished:", q.UnfinishedTasks(), "empty:", map[bool]string{true: "True", false: "False"}[q.Empty()])
}
