package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(1)
	q.PutNowait("a")
	if err := q.PutNowait("b"); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	if err := q.PutNowait("b"); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full again")
	}
	x, _ := q.GetNowait()
	fmt.Println(x)
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty again")
	}
	fmt.Println(q.Qsize(), pyBool(q.Empty()), pyBool(q.Full()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
