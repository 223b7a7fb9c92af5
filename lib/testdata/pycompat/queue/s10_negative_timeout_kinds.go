package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

type anyQueue interface {
	GetTimeout(time.Duration) (any, error)
	PutTimeout(any, time.Duration) error
	Qsize() int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, r)
		}
	}()
	f()
	fmt.Println("ok")
}

func main() {
	var q anyQueue
	names := []string{"Queue", "LifoQueue", "PriorityQueue"}
	for i, qq := range []anyQueue{queue.New(0), queue.NewLifoQueue(0), queue.NewPriorityQueue(0)} {
		q = qq
		try(names[i], func() { q.GetTimeout(-time.Second) })
		try(names[i], func() { q.PutTimeout(1, -500*time.Millisecond) })
	}
	fmt.Println(q.Qsize())
}
