package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(3)
	for _, p := range []int{2, 3, 1} {
		pq.Put(queue.Item{Priority: p, Value: fmt.Sprintf("job%d", p)})
	}
	fmt.Println(pyBool(pq.Full()), pq.UnfinishedTasks())
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		fmt.Println(it.Priority, it.Value)
		pq.TaskDone()
	}
	pq.Join()
	fmt.Println(pq.UnfinishedTasks())
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		pq.TaskDone()
	}()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
