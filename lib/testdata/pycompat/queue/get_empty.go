package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
	if _, err := q.GetTimeout(50 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty after timeout")
	}
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty", "''")
	}
	q.Put("x")
	v, _ := q.GetNowait()
	fmt.Println(v)
}
