package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	pq    = queue.NewPriorityQueue(0)
	start threading.Event
	log   []string
)

func worker() {
	start.Wait()
	for {
		it := pq.Get().([]any)
		if it[2] == nil {
			pq.TaskDone()
			break
		}
		log = append(log, fmt.Sprintf("%v:%v", it[0], it[2]))
		pq.TaskDone()
	}
}

func main() {
	w := &threading.Thread{Target: worker}
	w.Start()
	tasks := []struct {
		prio int
		task string
	}{{3, "low"}, {1, "urgent"}, {2, "normal"}, {1, "urgent-2"}, {3, "low-2"}, {2, "normal-2"}}
	for seq, t := range tasks {
		pq.Put([]any{t.prio, seq, t.task})
	}
	pq.Put([]any{99, len(tasks), nil})
	fmt.Println("queued", pq.Qsize(), pq.UnfinishedTasks())
	start.Set()
	pq.Join()
	w.Join()
	fmt.Println("['" + strings.Join(log, "', '") + "']")
	fmt.Println(pq.Qsize(), pq.UnfinishedTasks())
}
