package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put(queue.Item{Priority: 1, Value: "a"})
	for _, bad := range []queue.Item{{Priority: "1", Value: "b"}, {Priority: nil, Value: "c"}} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(r)
				}
			}()
			pq.Put(bad)
		}()
	}
	fmt.Println(pq.Qsize())
}
