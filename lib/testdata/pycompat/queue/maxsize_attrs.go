package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	a, b, c := queue.New(0), queue.New(5), queue.New(-1)
	l := queue.NewLifoQueue(3)
	p := queue.NewPriorityQueue(0)
	fmt.Println("Queue", a.Maxsize, pyBool(a.Full()), pyBool(a.Empty()))
	fmt.Println("Queue", b.Maxsize, pyBool(b.Full()), pyBool(b.Empty()))
	fmt.Println("Queue", c.Maxsize, pyBool(c.Full()), pyBool(c.Empty()))
	fmt.Println("LifoQueue", l.Maxsize, pyBool(l.Full()), pyBool(l.Empty()))
	fmt.Println("PriorityQueue", p.Maxsize, pyBool(p.Full()), pyBool(p.Empty()))
	q := queue.New(-1)
	for i := range 100 {
		q.PutNowait(i)
	}
	fmt.Println(pyBool(q.Full()), q.Qsize())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
