package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var st queue.LifoQueue
	var order []int
	for i := 0; i < 4; i++ {
		st.Put(i)
	}
	t := &threading.Thread{Target: func() {
		for !st.Empty() {
			order = append(order, st.Get().(int))
			st.TaskDone()
		}
	}}
	t.Start()
	st.Join()
	t.Join()
	fmt.Println(pyList(order), st.UnfinishedTasks())
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
