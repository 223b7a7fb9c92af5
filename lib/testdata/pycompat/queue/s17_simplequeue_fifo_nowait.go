package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.NewSimpleQueue()
	fmt.Println(pyBool(q.Empty()), q.Qsize())
	for _, x := range []string{"a", "b", "c"} {
		q.PutNowait(x)
	}
	q.Put("d")
	fmt.Println(q.Qsize(), pyBool(q.Empty()))
	fmt.Printf("['%v', '%v', '%v', '%v']\n", q.Get(), q.Get(), q.Get(), q.Get())
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
	if _, err := q.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty after timeout")
	}
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty non-blocking")
	}
}
