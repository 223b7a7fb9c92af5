package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func py(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

func main() {
	q := queue.NewPriorityQueue(0)
	for _, x := range []any{true, 0, 0.5, false, -1} {
		q.Put(x)
	}
	var out []string
	for range 5 {
		out = append(out, py(q.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	q.Put([]any{1, map[string]int{"a": 1}})
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e, "qsize", q.Qsize())
			}
		}()
		q.Put([]any{1, map[string]int{"b": 2}})
	}()
}
