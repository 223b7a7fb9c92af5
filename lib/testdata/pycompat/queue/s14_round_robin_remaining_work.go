package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type job struct {
	name string
	left int
}

func main() {
	ready := queue.New(0)
	for _, j := range []job{{"A", 5}, {"B", 2}, {"C", 4}} {
		ready.Put(j)
	}
	quantum, tick := 2, 0
	for !ready.Empty() {
		j := ready.Get().(job)
		run := min(quantum, j.left)
		tick += run
		j.left -= run
		if j.left > 0 {
			ready.Put(j)
			fmt.Printf("t=%d %s ran %d, %d left\n", tick, j.name, run, j.left)
		} else {
			fmt.Printf("t=%d %s done\n", tick, j.name)
		}
	}
}
