package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type jq interface {
	Put(any)
	Get() any
	TaskDone()
	Join()
}

func main() {
	for i, q := range []jq{queue.NewLifoQueue(0), queue.NewPriorityQueue(0)} {
		var got []string
		worker := func() {
			for range 4 {
				got = append(got, fmt.Sprint(q.Get()))
				q.TaskDone()
			}
		}
		for _, x := range []int{3, 1, 2, 0} {
			q.Put(x)
		}
		t := &threading.Thread{Target: worker}
		t.Start()
		q.Join()
		t.Join()
		fmt.Println([]string{"LifoQueue", "PriorityQueue"}[i], "["+strings.Join(got, ", ")+"]")
	}
}
