package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(3)
	fmt.Println(q.Maxsize, q.Qsize(), pyBool(q.Empty()), pyBool(q.Full()))
	for i := 0; i < 3; i++ {
		q.Put(i)
		fmt.Println(q.Qsize(), pyBool(q.Empty()), pyBool(q.Full()))
	}
	for !q.Empty() {
		x := q.Get()
		fmt.Println(x, q.Qsize(), pyBool(q.Full()))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
