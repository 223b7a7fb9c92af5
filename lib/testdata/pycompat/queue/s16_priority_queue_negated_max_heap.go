package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	names := []string{"ann", "bob", "cid", "dee"}
	scores := map[string]int{"ann": 72, "bob": 95, "cid": 88, "dee": 95}
	pq := queue.NewPriorityQueue(0)
	for _, n := range names {
		pq.Put(queue.Item{Priority: -scores[n], Value: n})
	}
	var out []string
	for i := 0; i < 3; i++ {
		it := pq.Get().(queue.Item)
		out = append(out, fmt.Sprintf("(%d, '%s')", -it.Priority.(int), it.Value))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	n := pq.Qsize()
	fmt.Println(n, pq.Get().(queue.Item))
}
