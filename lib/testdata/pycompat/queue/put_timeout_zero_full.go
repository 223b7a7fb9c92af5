package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	PutTimeout(any, time.Duration) error
	PutNowait(any) error
	GetTimeout(time.Duration) (any, error)
	Qsize() int
	Empty() bool
}

func main() {
	qs := []q{queue.New(1), queue.NewLifoQueue(1), queue.NewPriorityQueue(1)}
	names := []string{"Queue", "LifoQueue", "PriorityQueue"}
	for i, q := range qs {
		q.Put(1)
		if err := q.PutTimeout(2, 0); errors.Is(err, queue.ErrFull) {
			fmt.Println(names[i], "timeout=0", "Full", q.Qsize())
		}
		if err := q.PutNowait(2); errors.Is(err, queue.ErrFull) {
			fmt.Println(names[i], "block=False,timeout=10", "Full", q.Qsize())
		}
		v, _ := q.GetTimeout(0)
		fmt.Println(v, pyBool(q.Empty()))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
