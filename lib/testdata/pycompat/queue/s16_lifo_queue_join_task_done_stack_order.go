package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	stack := queue.NewLifoQueue(0)
	for x := 0; x < 5; x++ {
		stack.Put(x)
	}
	var order []int
	t := &threading.Thread{Target: func() {
		for {
			x, err := stack.GetNowait()
			if err != nil {
				return
			}
			order = append(order, x.(int))
			stack.TaskDone()
		}
	}}
	t.Start()
	stack.Join()
	t.Join()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(order), " ", ", "), stack.UnfinishedTasks())
}
