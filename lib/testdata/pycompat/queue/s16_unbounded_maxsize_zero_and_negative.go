package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	PutNowait(any) error
	Qsize() int
	Full() bool
	Empty() bool
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	makers := []struct {
		name string
		make func(int) (q, int)
	}{
		{"Queue", func(n int) (q, int) { x := queue.New(n); return x, x.Maxsize }},
		{"LifoQueue", func(n int) (q, int) { x := queue.NewLifoQueue(n); return x, x.Maxsize }},
		{"PriorityQueue", func(n int) (q, int) { x := queue.NewPriorityQueue(n); return x, x.Maxsize }},
	}
	for _, m := range makers {
		for _, size := range []int{0, -3} {
			x, max := m.make(size)
			for i := 0; i < 100; i++ {
				x.PutNowait(i)
			}
			fmt.Println(m.name, size, max, x.Qsize(), py(x.Full()), py(x.Empty()))
		}
	}
	b := queue.New(3)
	var states []string
	for i := 0; i < 3; i++ {
		b.Put(i)
		states = append(states, fmt.Sprintf("(%d, %s)", b.Qsize(), py(b.Full())))
	}
	fmt.Println("[" + strings.Join(states, ", ") + "]")
}
