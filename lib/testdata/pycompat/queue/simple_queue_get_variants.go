package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewSimpleQueue()
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("block=False", "Empty")
	}
	if _, err := q.GetTimeout(0); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("timeout=0", "Empty")
	}
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("get_nowait", "Empty")
	}
	q.Put(1)
	q.Put(2)
	a, _ := q.GetNowait()
	b, _ := q.GetTimeout(0)
	fmt.Println(a, b, q.Qsize())
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		if _, err := q.GetTimeout(-time.Second); err != nil {
			fmt.Println(err)
		}
	}()
}
