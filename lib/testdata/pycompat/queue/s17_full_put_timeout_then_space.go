package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(2)
	q.Put(1)
	q.Put(2)
	if err := q.PutTimeout(3, 20*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full", "''", q.Qsize())
	}
	t := threading.NewTimer(50*time.Millisecond, func() { q.Get() })
	t.Start()
	q.PutTimeout(3, 30*time.Second)
	t.Join()
	fmt.Println(q.Qsize(), q.Get(), q.Get(), q.Qsize())
}
