package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	counts := map[string]int{"A": 0, "B": 0}
	var lock threading.Lock
	consumer := func(name string) {
		for {
			item := q.Get()
			if item == nil {
				q.TaskDone()
				break
			}
			lock.Acquire()
			counts[name]++
			lock.Release()
			q.TaskDone()
		}
	}
	var ts []*threading.Thread
	for _, n := range []string{"A", "B"} {
		ts = append(ts, &threading.Thread{Target: func() { consumer(n) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for i := range 50 {
		q.Put(i)
	}
	for range ts {
		q.Put(nil)
	}
	q.Join()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(counts["A"]+counts["B"], q.UnfinishedTasks())
}
