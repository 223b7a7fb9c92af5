package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put(1)
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		pq.Put("x")
	}()
	fmt.Println(pq.Qsize())
}
