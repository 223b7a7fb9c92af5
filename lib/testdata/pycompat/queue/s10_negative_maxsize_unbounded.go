package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	qs := []*queue.Queue{queue.New(-3)}
	for _, q := range qs {
		for i := range 10 {
			q.PutNowait(i)
		}
		fmt.Println("Queue", q.Maxsize, pyBool(q.Full()), q.Qsize())
	}
	lq := queue.NewLifoQueue(-3)
	for i := range 10 {
		lq.PutNowait(i)
	}
	fmt.Println("LifoQueue", lq.Maxsize, pyBool(lq.Full()), lq.Qsize())
	pq := queue.NewPriorityQueue(-3)
	for i := range 10 {
		pq.PutNowait(i)
	}
	fmt.Println("PriorityQueue", pq.Maxsize, pyBool(pq.Full()), pq.Qsize())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
