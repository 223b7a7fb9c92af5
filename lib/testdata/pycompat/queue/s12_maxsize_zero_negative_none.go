package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	for _, m := range []int{0, -1, -5, 3} {
		q := queue.New(m)
		for i := range 4 {
			if err := q.PutNowait(i); err == queue.ErrFull {
				fmt.Println("full at", i)
			}
		}
		fmt.Println(m, q.Maxsize, q.Qsize(), pyBool(q.Full()), pyBool(q.Empty()))
	}
	lq := queue.NewLifoQueue(-2)
	pq := queue.NewPriorityQueue(0)
	for i := range 5 {
		lq.Put(i)
		pq.Put(-i)
	}
	fmt.Println(pyBool(lq.Full()), pyBool(pq.Full()), lq.Get(), pq.Get())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
