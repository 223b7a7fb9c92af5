package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

type getter interface {
	GetNowait() (any, error)
	GetTimeout(time.Duration) (any, error)
}

func main() {
	qs := []getter{queue.New(0), queue.NewLifoQueue(0), queue.NewPriorityQueue(0), queue.NewSimpleQueue()}
	names := []string{"Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"}
	for i, q := range qs {
		name := names[i]
		if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println(name, "get_nowait Empty")
		}
		if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println(name, "block=False Empty")
		}
		if _, err := q.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
			fmt.Println(name, "timeout Empty")
		}
	}
}
