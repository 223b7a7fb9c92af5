package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	q         = queue.New(0)
	processed []string
	lock      threading.Lock
)

func worker() {
	for {
		item := q.Get()
		done := func() bool {
			defer q.TaskDone()
			if item == nil {
				return true
			}
			lock.Acquire()
			processed = append(processed, "'"+strings.ToUpper(item.(string))+"'")
			lock.Release()
			return false
		}()
		if done {
			return
		}
	}
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 2; i++ {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, w := range strings.Fields("alpha beta gamma delta") {
		q.Put(w)
	}
	q.Join()
	sort.Strings(processed)
	fmt.Println("["+strings.Join(processed, ", ")+"]", q.UnfinishedTasks())
	for range ts {
		q.Put(nil)
	}
	q.Join()
	var alive []string
	for _, t := range ts {
		t.Join()
		alive = append(alive, map[bool]string{true: "True", false: "False"}[t.IsAlive()])
	}
	fmt.Println("workers done:", "["+strings.Join(alive, ", ")+"]")
}
