package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

type proc struct {
	name  string
	burst int
}

func main() {
	ready := queue.New(0)
	for _, p := range []*proc{{"P1", 5}, {"P2", 2}, {"P3", 4}, {"P4", 1}} {
		ready.Put(p)
	}
	clock := 0
	var finished []string
	for !ready.Empty() {
		p := ready.Get().(*proc)
		run := min(2, p.burst)
		clock += run
		p.burst -= run
		if p.burst > 0 {
			ready.Put(p)
		} else {
			finished = append(finished, fmt.Sprintf("('%s', %d)", p.name, clock))
		}
	}
	fmt.Println("["+strings.Join(finished, ", ")+"]", clock, ready.Qsize())
}
