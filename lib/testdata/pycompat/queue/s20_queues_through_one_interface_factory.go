package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type Q interface {
	Put(any)
	Get() any
	Full() bool
	Empty() bool
}

func make_(kind string, n int) Q {
	switch kind {
	case "fifo":
		return queue.New(n)
	case "lifo":
		return queue.NewLifoQueue(n)
	}
	return queue.NewPriorityQueue(n)
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	for _, kind := range []string{"fifo", "lifo", "prio"} {
		q := make_(kind, 3)
		for _, x := range []int{2, 3, 1} {
			q.Put(x)
		}
		full := q.Full()
		fmt.Printf("%s %s [%v, %v, %v] %s\n", kind, pb(full), q.Get(), q.Get(), q.Get(), pb(q.Empty()))
	}
	sq := queue.NewSimpleQueue()
	sq.Put("x")
	fmt.Println(sq.Get(), pb(sq.Empty()))
}
