package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.NewLifoQueue(0)
	for _, job := range []string{"a", "b", "c", "d"} {
		q.Put(job)
	}
	var done []string
	worker := func() {
		for {
			job := q.Get().(string)
			done = append(done, job)
			if job == "c" {
				q.Put("c2")
			}
			q.TaskDone()
		}
	}
	(&threading.Thread{Target: worker, Daemon: true}).Start()
	q.Join()
	s := "["
	for i, d := range done {
		if i > 0 {
			s += ", "
		}
		s += "'" + d + "'"
	}
	fmt.Println(s+"]", q.UnfinishedTasks(), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
