package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put([]any{1, map[string]int{"a": 1}})
	pq.Put([]any{2, map[string]int{"c": 3}})
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		pq.Put([]any{1, map[string]int{"b": 2}})
	}()
	fmt.Println("qsize:", pq.Qsize(), "unfinished:", pq.UnfinishedTasks())
	pq2 := queue.NewPriorityQueue(0)
	pq2.Put([]any{1, 0, map[string]int{"a": 1}})
	pq2.Put([]any{1, 1, map[string]int{"b": 2}})
	fmt.Println("with seq:", pq2.Get().([]any)[1], pq2.Get().([]any)[1])
}
