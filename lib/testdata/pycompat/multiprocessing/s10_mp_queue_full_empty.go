package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	multiprocessing.Main()
	q := multiprocessing.NewQueue(2)
	q.Put(1)
	q.Put(2)
	if err := q.PutTimeout(3, 50*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full", pyBool(q.Full()))
	}
	if err := q.PutNowait(3); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full nowait")
	}
	fmt.Println(q.Get(), q.Get())
	if _, err := q.GetTimeout(50 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty", pyBool(q.Empty()))
	}
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty nowait")
	}
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty block=False")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
