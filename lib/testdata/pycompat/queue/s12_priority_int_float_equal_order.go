package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func repr(x any) string {
	if f, ok := x.(float64); ok {
		s := strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	return fmt.Sprint(x)
}

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, x := range []any{2, 2.0, 1.5, 1, 2, 1.0, 0.5} {
		pq.Put(x)
	}
	var out []string
	for range pq.Qsize() {
		out = append(out, repr(pq.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
