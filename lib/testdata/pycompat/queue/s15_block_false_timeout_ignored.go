package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(1)
	t0 := time.Now()
	if _, err := q.GetNowait(); err == queue.ErrEmpty {
		fmt.Println("get(False, 5): Empty", py(time.Since(t0) < time.Second))
	}
	q.Put(1)
	t0 = time.Now()
	if err := q.PutNowait(2); err == queue.ErrFull {
		fmt.Println("put(2, False, 5): Full", py(time.Since(t0) < time.Second))
	}
	lq := queue.NewLifoQueue(1)
	lq.PutNowait("a")
	if err := lq.PutNowait("b"); err == queue.ErrFull {
		fmt.Println("lifo Full", lq.Qsize())
	}
	v, _ := lq.GetNowait()
	fmt.Println(v)
	pq := queue.NewPriorityQueue(0)
	if _, err := pq.GetNowait(); err == queue.ErrEmpty {
		fmt.Println("priority Empty", pq.Qsize())
	}
	fmt.Println(q.Get(), q.Qsize())
}
