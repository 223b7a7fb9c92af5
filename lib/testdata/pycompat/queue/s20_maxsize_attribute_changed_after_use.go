package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := &queue.Queue{}
	q.Put(1)
	q.Put(2)
	q.Maxsize = 2
	fmt.Println(pb(q.Full()), q.Maxsize)
	if err := q.PutNowait(3); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full", q.Qsize())
	}
	q.Maxsize = 0
	q.PutNowait(3)
	fmt.Println(pb(q.Full()), q.Qsize())
	q.Maxsize = 5
	fmt.Println(pb(q.Full()), q.Qsize(), q.Maxsize)
}
