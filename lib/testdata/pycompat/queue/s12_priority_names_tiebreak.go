package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{2, "carol"}, {1, "bob"}, {2, "alice"}, {1, "anna"}, {3, "zed"}, {2, "bea"}} {
		pq.Put(it)
	}
	var out []string
	for !pq.Empty() {
		out = append(out, fmt.Sprint(pq.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
