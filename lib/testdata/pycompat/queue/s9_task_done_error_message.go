package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	fmt.Print("Queue ")
	try(func() { queue.New(0).TaskDone() })
	fmt.Print("LifoQueue ")
	try(func() { queue.NewLifoQueue(0).TaskDone() })
	fmt.Print("PriorityQueue ")
	try(func() { queue.NewPriorityQueue(0).TaskDone() })
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
