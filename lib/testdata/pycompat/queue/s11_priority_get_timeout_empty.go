package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var pq queue.PriorityQueue
	if _, err := pq.GetTimeout(10 * time.Millisecond); err == queue.ErrEmpty {
		fmt.Println("Empty")
	}
	t := threading.NewTimer(20*time.Millisecond, func() {
		for _, x := range []int{5, 3, 9} {
			pq.Put(x)
		}
	})
	t.Start()
	t.Join()
	a, _ := pq.GetTimeout(time.Second)
	b, _ := pq.GetNowait()
	c, _ := pq.GetNowait()
	fmt.Println(a, b, c, pq.Qsize())
}
