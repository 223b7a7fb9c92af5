package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.NewLifoQueue(2)
	q.Put("a")
	q.Put("b")
	if err := q.PutTimeout("c", 20*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full", q.Qsize(), pb(q.Full()))
	}
	t := threading.NewTimer(50*time.Millisecond, func() { q.Get() })
	t.Start()
	q.PutTimeout("c", 30*time.Second)
	t.Join()
	fmt.Println(q.Get(), q.Get(), pb(q.Empty()))
	if _, err := q.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty", q.Qsize())
	}
}
