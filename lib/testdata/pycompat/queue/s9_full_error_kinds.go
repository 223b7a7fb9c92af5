package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(1)
	q.Put(1)
	if err := q.PutNowait(2); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full", "''")
	}
	if err := q.PutNowait(2); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full block=False")
	}
	if err := q.PutTimeout(2, 10*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full timeout")
	}
	fmt.Println(q.Qsize(), pyBool(q.Full()), q.Get())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
