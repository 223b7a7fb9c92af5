package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Empty() bool
	Full() bool
	Qsize() int
	Put(any)
	PutNowait(any) error
	GetNowait() (any, error)
}

func main() {
	names := []string{"Queue", "LifoQueue", "PriorityQueue"}
	for i, q := range []q{queue.New(1), queue.NewLifoQueue(1), queue.NewPriorityQueue(1)} {
		fmt.Println(names[i], pyBool(q.Empty()), pyBool(q.Full()), q.Qsize())
		q.Put(7)
		fmt.Println(pyBool(q.Empty()), pyBool(q.Full()), q.Qsize())
		if err := q.PutNowait(8); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full")
		}
		x, _ := q.GetNowait()
		fmt.Println(x, pyBool(q.Empty()), pyBool(q.Full()))
	}
	u := queue.New(0)
	for i := range 1000 {
		u.Put(i)
	}
	fmt.Println(pyBool(u.Full()), u.Qsize())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
