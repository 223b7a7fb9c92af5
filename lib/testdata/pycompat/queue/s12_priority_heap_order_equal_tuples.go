package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{2, "b"}, {1, "z"}, {2, "a"}, {1, "z"}, {0, "m"}, {2, "a"}} {
		pq.Put(it)
	}
	var out []string
	for !pq.Empty() {
		v, _ := pq.GetNowait()
		out = append(out, fmt.Sprint(v))
	}
	fmt.Println("["+strings.Join(out, ", ")+"]", pq.UnfinishedTasks())
}
