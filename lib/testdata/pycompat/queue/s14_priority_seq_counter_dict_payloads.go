package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	counter := 0
	jobs := []struct {
		prio int
		job  map[string]string
	}{{2, map[string]string{"name": "write"}}, {1, map[string]string{"name": "plan"}}, {2, map[string]string{"name": "test"}},
		{1, map[string]string{"name": "design"}}, {3, map[string]string{"name": "ship"}}, {1, map[string]string{"name": "review"}}}
	for _, j := range jobs {
		pq.Put([]any{j.prio, counter, j.job})
		counter++
	}
	fmt.Println("queued:", pq.Qsize())
	for !pq.Empty() {
		t := pq.Get().([]any)
		fmt.Println(t[0], t[1], t[2].(map[string]string)["name"])
	}
}
