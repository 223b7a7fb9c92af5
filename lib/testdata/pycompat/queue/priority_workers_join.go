package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var pq = queue.NewPriorityQueue(0)
var done []string
var lock threading.Lock

func worker() {
	for {
		it := pq.Get().(queue.Item)
		if it.Value == nil {
			pq.TaskDone()
			break
		}
		lock.Acquire()
		done = append(done, "'"+it.Value.(string)+"'")
		lock.Release()
		pq.TaskDone()
	}
}

func main() {
	for i := range 6 {
		pq.Put(queue.Item{Priority: i % 3, Value: fmt.Sprintf("job%d", i)})
	}
	var ts []*threading.Thread
	for range 2 {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	pq.Join()
	sort.Strings(done)
	fmt.Printf("[%s] %d\n", strings.Join(done, ", "), pq.UnfinishedTasks())
	for range ts {
		pq.Put(queue.Item{Priority: 99, Value: nil})
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(pyBool(pq.Empty()), pq.UnfinishedTasks())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
