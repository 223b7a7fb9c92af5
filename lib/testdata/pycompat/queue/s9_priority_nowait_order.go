package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(5)
	for _, x := range []int{4, 2, 5, 1, 3} {
		q.PutNowait(x)
	}
	if err := q.PutNowait(0); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	var out []any
	for {
		v, err := q.GetNowait()
		if errors.Is(err, queue.ErrEmpty) {
			fmt.Printf("Empty [%v, %v, %v, %v, %v]\n", out...)
			break
		}
		out = append(out, v)
	}
}
