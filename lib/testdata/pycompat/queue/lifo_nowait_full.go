package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewLifoQueue(2)
	q.PutNowait("a")
	q.PutNowait("b")
	if err := q.PutNowait("c"); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full", q.Qsize(), pyBool(q.Full()))
	}
	a, _ := q.GetNowait()
	b, _ := q.GetNowait()
	fmt.Println(a, b)
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty", q.Qsize(), pyBool(q.Empty()))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
