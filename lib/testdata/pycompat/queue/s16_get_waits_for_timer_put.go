package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(0)
	t := threading.NewTimer(300*time.Millisecond, func() { q.Put("late item") })
	t.Start()
	fmt.Println("empty before:", py(q.Empty()))
	v, _ := q.GetTimeout(10 * time.Second)
	fmt.Println("got:", v)
	t.Join()
	if _, err := q.GetTimeout(200 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("nothing more")
	}
	t2 := threading.NewTimer(30*time.Second, func() { q.Put("never") })
	t2.Start()
	t2.Cancel()
	t2.Join()
	fmt.Println("cancelled timer put nothing:", q.Qsize())
}
