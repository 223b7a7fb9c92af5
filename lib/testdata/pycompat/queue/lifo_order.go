package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewLifoQueue(0)
	for _, x := range []string{"a", "b", "c"} {
		q.Put(x)
	}
	fmt.Println(q.Qsize())
	for !q.Empty() {
		fmt.Println(q.Get())
	}
}
