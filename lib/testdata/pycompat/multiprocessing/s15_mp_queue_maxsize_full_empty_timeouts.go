package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	q := multiprocessing.NewQueue(2)
	q.Put("a")
	q.Put("b")
	if err := q.PutTimeout("c", 100*time.Millisecond); err != nil {
		fmt.Println("Full after timeout")
	}
	if err := q.PutNowait("c"); err != nil {
		fmt.Println("Full nowait")
	}
	a := q.Get()
	b, _ := q.GetTimeout(5 * time.Second)
	fmt.Println(a, b)
	if _, err := q.GetTimeout(100 * time.Millisecond); err != nil {
		fmt.Println("Empty after timeout")
	}
	if _, err := q.GetNowait(); err != nil {
		fmt.Println("Empty nowait")
	}
	q.Close()
	q.JoinThread()
	fmt.Println("closed")
}
