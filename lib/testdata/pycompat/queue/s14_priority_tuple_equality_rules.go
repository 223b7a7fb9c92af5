package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func repr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case string:
		return "'" + v + "'"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case float64:
		if v == float64(int(v)) {
			return fmt.Sprintf("%.1f", v)
		}
		return fmt.Sprint(v)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = repr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprint(v)
}

func drain(pq *queue.PriorityQueue) string {
	var out []string
	for !pq.Empty() {
		out = append(out, repr(pq.Get()))
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func try(pq *queue.PriorityQueue, item any) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	pq.Put(item)
}

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, item := range [][]any{{1.0, "b"}, {1, "a"}, {true, "c"}, {0.5, "z"}} {
		pq.Put(item)
	}
	fmt.Println(drain(pq))
	pq = queue.NewPriorityQueue(0)
	for _, item := range [][]any{{1, 2}, {1}, {0, 9, 9}, {1, 2, 0}} {
		pq.Put(item)
	}
	fmt.Println(drain(pq))
	pq = queue.NewPriorityQueue(0)
	for _, item := range [][]any{{[]any{1, nil}, "b"}, {[]any{1, nil}, "a"}, {[]any{0, nil}, "c"}} {
		pq.Put(item)
	}
	fmt.Println(drain(pq))
	pq = queue.NewPriorityQueue(0)
	pq.Put([]any{1, "a"})
	try(pq, []any{1, 2})
	pq = queue.NewPriorityQueue(0)
	pq.Put([]any{1, 2})
	try(pq, []any{1, "a"})
	pq = queue.NewPriorityQueue(0)
	pq.Put(nil)
	try(pq, nil)
}
