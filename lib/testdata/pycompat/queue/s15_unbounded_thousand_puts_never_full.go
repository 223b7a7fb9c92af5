package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	PutNowait(any) error
	GetNowait() (any, error)
	Qsize() int
	Full() bool
	UnfinishedTasks() int
}

func main() {
	for _, k := range []string{"fifo", "lifo", "prio"} {
		var x q
		var maxsize int
		switch k {
		case "fifo":
			qq := queue.New(0)
			x, maxsize = qq, qq.Maxsize
		case "lifo":
			qq := queue.NewLifoQueue(0)
			x, maxsize = qq, qq.Maxsize
		default:
			qq := queue.NewPriorityQueue(0)
			x, maxsize = qq, qq.Maxsize
		}
		for i := 0; i < 1000; i++ {
			x.PutNowait(i)
		}
		full := x.Full()
		v, _ := x.GetNowait()
		fmt.Println(maxsize, 1000, map[bool]string{true: "True", false: "False"}[full], v, x.UnfinishedTasks())
	}
	s := queue.NewSimpleQueue()
	for i := 0; i < 1000; i++ {
		s.PutNowait(i)
	}
	n := s.Qsize()
	v, _ := s.GetNowait()
	fmt.Println(n, v)
}
