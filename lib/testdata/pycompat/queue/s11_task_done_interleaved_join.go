package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	var doneOrder []string
	t := &threading.Thread{Target: func() {
		for {
			item := q.Get().(string)
			doneOrder = append(doneOrder, "'"+item+"'")
			q.TaskDone()
			if item == "last" {
				break
			}
		}
	}}
	t.Start()
	for _, x := range []string{"a", "b"} {
		q.Put(x)
	}
	q.Join()
	fmt.Println(pyStrs(doneOrder), q.UnfinishedTasks())
	q.Put("last")
	q.Join()
	t.Join()
	fmt.Println(pyStrs(doneOrder), q.UnfinishedTasks())
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
