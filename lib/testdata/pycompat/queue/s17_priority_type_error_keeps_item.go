package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	p := queue.NewPriorityQueue(0)
	p.Put(1)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		p.Put("a")
	}()
	fmt.Println(p.Qsize(), p.UnfinishedTasks())
	fmt.Println(p.Get())
	fmt.Println(p.Get())
	fmt.Println(p.Qsize(), map[bool]string{true: "True", false: "False"}[p.Empty()])
}
