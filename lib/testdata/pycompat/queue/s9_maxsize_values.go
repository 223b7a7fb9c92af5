package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	for _, n := range []int{0, 1, 5, -1} {
		q := queue.New(n)
		fmt.Println(n, q.Maxsize, pyBool(q.Full()), pyBool(q.Empty()))
	}
	l := queue.NewLifoQueue(2)
	p := queue.NewPriorityQueue(3)
	fmt.Println(l.Maxsize, p.Maxsize)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
