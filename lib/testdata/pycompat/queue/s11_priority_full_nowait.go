package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(2)
	pq.Put(5)
	pq.Put(1)
	fmt.Println(pyBool(pq.Full()), pq.Qsize())
	if err := pq.PutNowait(0); err == queue.ErrFull {
		fmt.Println("Full")
	}
	if err := pq.PutTimeout(0, 10*time.Millisecond); err == queue.ErrFull {
		fmt.Println("Full after timeout")
	}
	a, b := pq.Get(), pq.Get()
	fmt.Println(a, b, pyBool(pq.Full()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
