package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewSimpleQueue()
	if _, err := q.GetTimeout(20 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty after timeout")
	}
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty nonblocking")
	}
	q.Put(nil)
	v := q.Get()
	if v == nil {
		fmt.Println("None", pyBool(q.Empty()))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
