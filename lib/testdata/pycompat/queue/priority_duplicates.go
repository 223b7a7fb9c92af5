package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, x := range []any{3, 1, 3, 1, 2, 2.0, -0.5} {
		pq.Put(x)
	}
	var out []string
	for range pq.Qsize() {
		switch v := pq.Get().(type) {
		case float64:
			s := fmt.Sprint(v)
			if !strings.Contains(s, ".") {
				s += ".0"
			}
			out = append(out, s)
		default:
			out = append(out, fmt.Sprint(v))
		}
	}
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
}
