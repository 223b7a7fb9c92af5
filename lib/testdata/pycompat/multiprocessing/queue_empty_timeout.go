package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	q := multiprocessing.NewQueue(1)
	if _, err := q.GetTimeout(50 * time.Millisecond); errors.Is(err, multiprocessing.ErrEmpty) {
		fmt.Println("Empty")
	}
	if _, err := q.GetNowait(); errors.Is(err, multiprocessing.ErrEmpty) {
		fmt.Println("Empty")
	}
	q.Put("a")
	if err := q.PutTimeout("b", 50*time.Millisecond); errors.Is(err, multiprocessing.ErrFull) {
		fmt.Println("Full")
	}
	if err := q.PutNowait("b"); errors.Is(err, multiprocessing.ErrFull) {
		fmt.Println("Full")
	}
	fmt.Println(q.Get())
}
