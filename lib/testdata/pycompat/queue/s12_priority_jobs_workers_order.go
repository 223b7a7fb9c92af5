package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{3, "low"}, {1, "urgent"}, {2, "normal"}, {1, "also urgent"}} {
		pq.Put(it)
	}
	var done []string
	worker := func() {
		for {
			v, err := pq.GetNowait()
			if err == queue.ErrEmpty {
				return
			}
			done = append(done, "'"+v.(queue.Item).Value.(string)+"'")
			pq.TaskDone()
		}
	}
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	pq.Join()
	fmt.Println("[" + strings.Join(done, ", ") + "]")
}
