package main

import (
	"fmt"
	"strings"

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
	var timeline []string
	for !ready.Empty() {
		j := ready.Get().(job)
		run := min(2, j.left)
		timeline = append(timeline, fmt.Sprintf("%s%d", j.name, run))
		if j.left-run > 0 {
			ready.Put(job{j.name, j.left - run})
		}
	}
	fmt.Println(strings.Join(timeline, " "), ready.Qsize())
}
