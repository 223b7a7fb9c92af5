package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.NewSimpleQueue()
	if _, err := q.GetTimeout(20 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty first")
	}
	t := threading.NewTimer(10*time.Millisecond, func() { q.Put("from timer") })
	t.Start()
	x, _ := q.GetTimeout(30 * time.Second)
	fmt.Println(x)
	t.Join()
	fmt.Println(q.Qsize(), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
