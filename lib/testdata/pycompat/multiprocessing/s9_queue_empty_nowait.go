package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	q := multiprocessing.NewQueue(2)
	if _, err := q.GetNowait(); errors.Is(err, multiprocessing.ErrEmpty) {
		fmt.Println("Empty")
	}
	if _, err := q.GetTimeout(20 * time.Millisecond); errors.Is(err, multiprocessing.ErrEmpty) {
		fmt.Println("Empty timeout")
	}
	q.Put(1)
	q.Put(2)
	if err := q.PutNowait(3); errors.Is(err, multiprocessing.ErrFull) {
		fmt.Println("Full")
	}
	if err := q.PutTimeout(3, 20*time.Millisecond); errors.Is(err, multiprocessing.ErrFull) {
		fmt.Println("Full timeout")
	}
	fmt.Println(q.Get(), q.Get())
}
