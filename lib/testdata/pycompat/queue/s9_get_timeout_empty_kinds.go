package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

type getter interface {
	GetTimeout(time.Duration) (any, error)
}

func main() {
	for i, q := range []getter{queue.New(0), queue.NewLifoQueue(0), queue.NewPriorityQueue(0)} {
		name := []string{"Queue", "LifoQueue", "PriorityQueue"}[i]
		if _, err := q.GetTimeout(0); errors.Is(err, queue.ErrEmpty) {
			fmt.Println(name, "timeout=0 Empty")
		}
		if _, err := q.GetTimeout(5 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
			fmt.Println(name, "Empty")
		}
	}
}
