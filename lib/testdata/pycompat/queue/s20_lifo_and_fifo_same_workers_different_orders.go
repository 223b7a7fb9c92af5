package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type Q interface {
	Put(any)
	GetNowait() (any, error)
}

func run(q Q) string {
	for i := 0; i < 5; i++ {
		q.Put(i)
	}
	var out []string
	worker := func() {
		for {
			v, err := q.GetNowait()
			if err != nil {
				return
			}
			out = append(out, fmt.Sprint(v))
		}
	}
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	fmt.Println(run(queue.New(0)), run(queue.NewLifoQueue(0)), run(queue.NewPriorityQueue(0)))
}
