package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewLifoQueue(2)
	fmt.Println(q.Maxsize, pyBool(q.Empty()), pyBool(q.Full()))
	q.Put("a")
	q.Put("b")
	fmt.Println(pyBool(q.Full()), q.Qsize())
	if err := q.PutTimeout("c", 10*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	fmt.Println(q.Get(), pyBool(q.Full()))
	q.Put("d")
	x, y := q.Get(), q.Get()
	fmt.Printf("['%s', '%s'] %s\n", x, y, pyBool(q.Empty()))
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
