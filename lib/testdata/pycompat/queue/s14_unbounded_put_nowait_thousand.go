package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type nq interface {
	PutNowait(any) error
	GetNowait() (any, error)
	Qsize() int
}

func main() {
	for _, c := range []struct {
		name string
		q    nq
	}{{"Queue", queue.New(0)}, {"LifoQueue", queue.NewLifoQueue(0)}, {"PriorityQueue", queue.NewPriorityQueue(0)}, {"SimpleQueue", queue.NewSimpleQueue()}} {
		for i := 0; i < 1000; i++ {
			if err := c.q.PutNowait(i); err != nil {
				fmt.Println(err)
			}
		}
		first, _ := c.q.GetNowait()
		full := "n/a"
		if f, ok := c.q.(interface{ Full() bool }); ok {
			full = map[bool]string{true: "True", false: "False"}[f.Full()]
		}
		fmt.Println(c.name, c.q.Qsize(), first, full)
	}
}
