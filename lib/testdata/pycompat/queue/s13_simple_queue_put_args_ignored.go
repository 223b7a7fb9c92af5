package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewSimpleQueue()
	q.Put("a")
	q.Put("b")
	q.PutNowait("c")
	q.Put(nil)
	fmt.Println("qsize", q.Qsize(), "empty", pyBool(q.Empty()))
	a := q.Get()
	b, _ := q.GetNowait()
	c, _ := q.GetNowait()
	d, _ := q.GetTimeout(0)
	fmt.Printf("['%v', '%v', '%v', %s]\n", a, b, c, pyNone(d))
	fmt.Println("qsize", q.Qsize(), "empty", pyBool(q.Empty()))
	if _, err := q.GetTimeout(0); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("get(timeout=0) on empty -> Empty")
	}
}

func pyNone(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
