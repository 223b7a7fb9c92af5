package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewSimpleQueue()
	fmt.Println(pyBool(q.Empty()), q.Qsize())
	q.Put(1)
	q.PutNowait(2)
	q.Put("three")
	fmt.Println(q.Qsize(), pyBool(q.Empty()))
	a := q.Get()
	b, _ := q.GetNowait()
	c, _ := q.GetTimeout(time.Second)
	fmt.Println(a, b, c)
	if _, err := q.GetTimeout(50 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
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
