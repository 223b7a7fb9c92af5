package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(3)
	for _, x := range []int{30, 10, 20} {
		pq.PutNowait(x)
	}
	if err := pq.PutNowait(5); errors.Is(err, queue.ErrFull) {
		fmt.Println("full, 5 not added")
	}
	v, _ := pq.GetNowait()
	fmt.Println(v)
	pq.PutNowait(5)
	a, _ := pq.GetNowait()
	b, _ := pq.GetNowait()
	c, _ := pq.GetNowait()
	fmt.Printf("[%v, %v, %v] %s\n", a, b, c, map[bool]string{true: "True", false: "False"}[pq.Empty()])
}
