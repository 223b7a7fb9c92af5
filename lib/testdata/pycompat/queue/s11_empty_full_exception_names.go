package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(1)
	if _, err := q.GetNowait(); err == queue.ErrEmpty {
		fmt.Println("Empty", "''", "True")
	}
	q.Put("a")
	if err := q.PutNowait("b"); err == queue.ErrFull {
		fmt.Println("Full", "''", "True")
	}
	if err := q.PutTimeout("c", 10*time.Millisecond); err == queue.ErrFull {
		fmt.Println("Full after timeout", q.Qsize())
	}
	fmt.Println(q.Get(), pyBool(q.Empty()))
	if _, err := q.GetTimeout(10 * time.Millisecond); err == queue.ErrEmpty {
		fmt.Println("Empty after timeout", q.Qsize())
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
