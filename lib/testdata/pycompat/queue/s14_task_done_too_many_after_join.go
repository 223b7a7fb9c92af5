package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type jq interface {
	Put(any)
	Get() any
	Empty() bool
	TaskDone()
	Join()
	UnfinishedTasks() int
}

func main() {
	for _, c := range []struct {
		name string
		q    jq
	}{{"Queue", queue.New(0)}, {"LifoQueue", queue.NewLifoQueue(0)}, {"PriorityQueue", queue.NewPriorityQueue(0)}} {
		q := c.q
		for _, x := range []string{"b", "a"} {
			q.Put(x)
		}
		var got []string
		for !q.Empty() {
			got = append(got, fmt.Sprintf("'%s'", q.Get()))
			q.TaskDone()
		}
		q.Join()
		fmt.Printf("%s [%s, %s] joined %d\n", c.name, got[0], got[1], q.UnfinishedTasks())
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println("  " + fmt.Sprint(e))
				}
			}()
			q.TaskDone()
		}()
		fmt.Println("  still", q.UnfinishedTasks())
		q.Put("c")
		fmt.Println("  after put", q.UnfinishedTasks())
	}
}
