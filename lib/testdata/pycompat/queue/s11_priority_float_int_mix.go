package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	var pq queue.PriorityQueue
	for _, x := range []any{2.5, 1, 3, 0.5, -1, 2} {
		pq.Put(x)
	}
	var out []string
	for i := 0; i < 6; i++ {
		out = append(out, fmt.Sprint(pq.Get()))
	}
	fmt.Println(pyStrs(out))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
