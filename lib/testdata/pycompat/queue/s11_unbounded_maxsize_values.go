package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	for _, m := range []int{0, -1, -10} {
		q := queue.New(m)
		for i := 0; i < 100; i++ {
			q.PutNowait(i)
		}
		fmt.Println(m, q.Maxsize, q.Qsize(), pyBool(q.Full()))
	}
	var lq queue.LifoQueue
	var pq queue.PriorityQueue
	fmt.Println(lq.Maxsize, pq.Maxsize, pyBool(lq.Full()), pyBool(pq.Full()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
