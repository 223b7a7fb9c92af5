package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var pq = queue.NewPriorityQueue(0)
var order []string

func worker() {
	for {
		it := pq.Get().(queue.Item)
		order = append(order, it.Value.(string))
		pq.TaskDone()
	}
}

func main() {
	for _, p := range []int{5, 1, 4, 2, 3} {
		pq.Put(queue.Item{Priority: p, Value: fmt.Sprintf("job%d", p)})
	}
	(&threading.Thread{Target: worker, Daemon: true}).Start()
	pq.Join()
	fmt.Println("['"+strings.Join(order, "', '")+"']", pq.UnfinishedTasks(), pyBool(pq.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
