package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	p := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{2, "b"}, {1, "z"}, {1, "a"}, {2, "a"}, {0, "m"}, {1, "m"}} {
		p.Put(it)
	}
	for !p.Empty() {
		it := p.Get().(queue.Item)
		fmt.Println(it.Priority, it.Value)
	}
}
