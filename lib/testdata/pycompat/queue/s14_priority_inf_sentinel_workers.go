package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	pq    = queue.NewPriorityQueue(0)
	seq   = 0
	order []string
	gate  threading.Event
)

func next() int { seq++; return seq - 1 }

func worker() {
	gate.Wait()
	for {
		t := pq.Get().([]any)
		if t[2] == nil {
			pq.TaskDone()
			break
		}
		order = append(order, fmt.Sprintf("(%v, '%s')", t[0], t[2]))
		pq.TaskDone()
	}
}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	for _, j := range []struct {
		prio any
		name string
	}{{5, "low"}, {1, "urgent"}, {3, "normal"}, {1, "urgent2"}, {0.5, "critical"}} {
		pq.Put([]any{j.prio, next(), j.name})
	}
	pq.Put([]any{math.Inf(1), next(), nil})
	gate.Set()
	pq.Join()
	t.Join()
	fmt.Println("[" + strings.Join(order, ", ") + "]")
}
