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
	for i := range 5 {
		q.Put(i)
	}
	q.PutNowait(5)
	fmt.Println(pyBool(q.Empty()), q.Qsize())
	a, b, c := q.Get(), q.Get(), q.Get()
	d, _ := q.GetNowait()
	e, _ := q.GetNowait()
	f, _ := q.GetTimeout(10 * time.Millisecond)
	fmt.Printf("[%v, %v, %v] %v %v %v\n", a, b, c, d, e, f)
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
