package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	fmt.Println("unfinished:", q.UnfinishedTasks())
	var done []int
	worker := func() {
		for {
			item := q.Get()
			if item == nil {
				q.TaskDone()
				break
			}
			done = append(done, item.(int)*10)
			q.TaskDone()
		}
	}
	t := &threading.Thread{Target: worker}
	t.Start()
	q.Join()
	sort.Ints(done)
	fmt.Println("joined, done:", strings.ReplaceAll(fmt.Sprint(done), " ", ", "), "unfinished:", q.UnfinishedTasks())
	q.Put(nil)
	t.Join()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r, "unfinished:", q.UnfinishedTasks())
			}
		}()
		q.TaskDone()
	}()
	q.Join()
	fmt.Println("join on a finished queue returns at once")
}
