package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	q.Put(1)
	q.Put(3)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("put:", r.(error).Error()[len("TypeError: "):])
			}
		}()
		q.Put("x")
	}()
	fmt.Println(q.Qsize(), q.UnfinishedTasks(), pyBool(q.Empty()))
	for range 3 {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("get raised:", r.(error).Error()[len("TypeError: "):])
				}
			}()
			v, err := q.GetNowait()
			if err == queue.ErrEmpty {
				fmt.Println("Empty")
				return
			}
			fmt.Println("get:", v)
		}()
	}
	fmt.Println(q.Qsize())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
