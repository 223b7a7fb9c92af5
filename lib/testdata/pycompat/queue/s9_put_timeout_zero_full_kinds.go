package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

type putter interface {
	Put(any)
	PutTimeout(any, time.Duration) error
	Qsize() int
}

func main() {
	for i, q := range []putter{queue.New(1), queue.NewLifoQueue(1), queue.NewPriorityQueue(1)} {
		name := []string{"Queue", "LifoQueue", "PriorityQueue"}[i]
		q.Put(0)
		if err := q.PutTimeout(1, 0); errors.Is(err, queue.ErrFull) {
			fmt.Println(name, "timeout=0 Full", q.Qsize())
		}
	}
}
