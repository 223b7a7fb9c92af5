package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func show(t []any) string {
	parts := make([]string, len(t))
	for i, v := range t {
		switch v := v.(type) {
		case nil:
			parts[i] = "None"
		case string:
			parts[i] = "'" + v + "'"
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put([]any{1, nil})
	for _, item := range [][]any{{2, nil}, {1, nil}, {1, "x"}} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println("put", show(item), e)
				}
			}()
			pq.Put(item)
			fmt.Println("put", show(item), "size", pq.Qsize())
		}()
	}
	var out []string
	for !pq.Empty() {
		stop := false
		func() {
			defer func() {
				if e := recover(); e != nil {
					out = append(out, "'TypeError'")
					stop = true
				}
			}()
			x, _ := pq.GetNowait()
			out = append(out, show(x.([]any)))
		}()
		if stop {
			break
		}
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
