package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func py(v any) string {
	switch x := v.(type) {
	case string:
		return "'" + x + "'"
	case []any:
		var s []string
		for _, e := range x {
			s = append(s, py(e))
		}
		if len(s) == 1 {
			return "(" + s[0] + ",)"
		}
		return "(" + strings.Join(s, ", ") + ")"
	}
	return fmt.Sprint(v)
}

func drain(q *queue.PriorityQueue, n int) {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, py(q.Get()))
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
}

func main() {
	q := queue.NewPriorityQueue(0)
	for _, x := range [][]any{{1, 0}, {1}, {0, 5, 5}, {0, 5}, {}, {0, 4, 9}, {1, -1}} {
		q.Put(x)
	}
	drain(q, 7)
	s := queue.NewPriorityQueue(0)
	for _, x := range [][]any{{"b"}, {"B"}, {"a", "z"}, {"a"}, {"é"}, {"z", ""}} {
		s.Put(x)
	}
	drain(s, 6)
	p := queue.NewPriorityQueue(0)
	for _, w := range []string{"pear", "Pear", "apple", "Apple", "éclair", "zebra", ""} {
		p.Put(w)
	}
	drain(p, 7)
}
