package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(2)
	var seen []int
	consumer := func() {
		for {
			x := q.Get()
			if x == nil {
				q.TaskDone()
				return
			}
			seen = append(seen, x.(int))
			q.TaskDone()
		}
	}
	(&threading.Thread{Target: consumer}).Start()
	for i := range 6 {
		q.Put(i)
	}
	q.Put(nil)
	q.Join()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(seen), " ", ", "), q.UnfinishedTasks(), q.Qsize(), pyBool(q.Full()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
