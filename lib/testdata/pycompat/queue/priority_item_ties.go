package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{2, "b"}, {1, "b"}, {1, "a"}, {2, "a"}, {0, "c"}, {1, "c"}} {
		pq.Put(it)
	}
	var out []string
	for n := pq.Qsize(); n > 0; n-- {
		out = append(out, fmt.Sprint(pq.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
