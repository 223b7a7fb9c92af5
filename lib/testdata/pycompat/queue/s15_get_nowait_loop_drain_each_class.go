package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	GetNowait() (any, error)
	Qsize() int
}

func main() {
	qs := []q{queue.New(0), queue.NewLifoQueue(0), queue.NewPriorityQueue(0), queue.NewSimpleQueue()}
	names := []string{"Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"}
	for i, x := range qs {
		for _, v := range []int{5, 1, 4, 2, 3} {
			x.Put(v)
		}
		var out []string
		for {
			v, err := x.GetNowait()
			if err == queue.ErrEmpty {
				break
			}
			out = append(out, fmt.Sprint(v))
		}
		fmt.Println(names[i], "["+strings.Join(out, ", ")+"]", x.Qsize())
	}
}
