package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	q.Put(nil)
	q.Put(0)
	q.Put("")
	fmt.Println(q.Qsize())
	a, b, c := q.Get(), q.Get(), q.Get()
	if a == nil {
		a = "None"
	}
	fmt.Println(a, b, fmt.Sprintf("'%s'", c))
}
