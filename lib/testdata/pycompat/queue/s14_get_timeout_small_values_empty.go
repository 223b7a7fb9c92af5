package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	for _, t := range []struct {
		label string
		d     time.Duration
	}{{"0", 0}, {"0.0", 0}, {"0.01", 10 * time.Millisecond}, {"0.05", 50 * time.Millisecond}} {
		if _, err := q.GetTimeout(t.d); err == queue.ErrEmpty {
			fmt.Println("timeout", t.label, "-> Empty")
		}
	}
	q.Put("x")
	x, _ := q.GetTimeout(0)
	fmt.Println(x, map[bool]string{true: "True", false: "False"}[q.Empty()])
	lq := queue.NewLifoQueue(1)
	lq.Put(1)
	for _, t := range []struct {
		label string
		d     time.Duration
	}{{"0", 0}, {"0.02", 20 * time.Millisecond}} {
		if err := lq.PutTimeout(2, t.d); err == queue.ErrFull {
			fmt.Println("put timeout", t.label, "-> Full")
		}
	}
}
