package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(3)
	for _, x := range []int{5, 1, 4} {
		pq.PutNowait(x)
	}
	for _, x := range []int{0, 9} {
		if err := pq.PutNowait(x); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full on", x)
		}
	}
	v, _ := pq.GetNowait()
	fmt.Println(v)
	pq.PutNowait(0)
	var out []any
	for range 3 {
		v, _ := pq.GetNowait()
		out = append(out, v)
	}
	fmt.Printf("[%v, %v, %v]\n", out[0], out[1], out[2])
	if _, err := pq.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
}
