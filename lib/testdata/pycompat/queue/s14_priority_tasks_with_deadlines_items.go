package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, j := range [][2]string{{"2024-03-02", "report"}, {"2024-01-15", "taxes"}, {"2024-03-02", "backup"}, {"2023-12-31", "party"}} {
		pq.Put(queue.Item{Priority: j[0], Value: j[1]})
	}
	for !pq.Empty() {
		x, _ := pq.GetNowait()
		it := x.(queue.Item)
		fmt.Println(it.Priority, it.Value)
	}
}
