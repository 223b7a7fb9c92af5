package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	pq      = queue.NewPriorityQueue(0)
	results []string
	lock    threading.Lock
)

func worker() {
	for {
		it, err := pq.GetNowait()
		if err == queue.ErrEmpty {
			return
		}
		item := it.(queue.Item)
		lock.Acquire()
		results = append(results, fmt.Sprintf("(%v, '%s')", item.Priority, strings.ToUpper(item.Value.(string))))
		lock.Release()
		pq.TaskDone()
	}
}

func main() {
	for _, it := range []queue.Item{{5, "e"}, {1, "a"}, {3, "c"}, {2, "b"}, {4, "d"}} {
		pq.Put(it)
	}
	var ws []*threading.Thread
	for i := 0; i < 2; i++ {
		ws = append(ws, &threading.Thread{Target: worker})
	}
	for _, w := range ws {
		w.Start()
	}
	pq.Join()
	for _, w := range ws {
		w.Join()
	}
	sort.Strings(results)
	fmt.Println("["+strings.Join(results, ", ")+"]", map[bool]string{true: "True", false: "False"}[pq.Empty()], pq.UnfinishedTasks())
}
