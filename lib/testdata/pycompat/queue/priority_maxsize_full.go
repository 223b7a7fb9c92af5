package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(2)
	pq.Put(5)
	pq.Put(1)
	fmt.Println(pyBool(pq.Full()))
	if err := pq.PutTimeout(0, 10*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	x := pq.Get()
	fmt.Println(x, pyBool(pq.Full()))
	pq.Put(0)
	a := pq.Get()
	b := pq.Get()
	fmt.Println(a, b, pyBool(pq.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
