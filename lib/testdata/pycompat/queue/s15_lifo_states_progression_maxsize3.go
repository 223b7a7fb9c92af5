package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.NewLifoQueue(3)
	fmt.Println(q.Maxsize, q.Qsize(), py(q.Empty()), py(q.Full()))
	for i := 1; i < 4; i++ {
		q.Put(i * 11)
		fmt.Println("put", i*11, q.Qsize(), py(q.Empty()), py(q.Full()))
	}
	for !q.Empty() {
		v := q.Get()
		fmt.Println("get", v, q.Qsize(), py(q.Empty()), py(q.Full()))
	}
}
