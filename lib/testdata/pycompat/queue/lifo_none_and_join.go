package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.NewLifoQueue(0)
var seen []any

func drain() {
	for !q.Empty() {
		seen = append(seen, q.Get())
		q.TaskDone()
	}
}

func main() {
	for _, x := range []any{1, nil, "x"} {
		q.Put(x)
	}
	t := &threading.Thread{Target: drain}
	t.Start()
	q.Join()
	t.Join()
	var s []string
	for _, x := range seen {
		switch v := x.(type) {
		case nil:
			s = append(s, "None")
		case string:
			s = append(s, "'"+v+"'")
		default:
			s = append(s, fmt.Sprint(v))
		}
	}
	fmt.Printf("[%s] %d\n", strings.Join(s, ", "), q.UnfinishedTasks())
}
