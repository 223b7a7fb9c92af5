package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

var (
	events = queue.NewPriorityQueue(0)
	seq    = 0
)

func schedule(at float64, what string) {
	events.Put([]any{at, seq, what})
	seq++
}

func main() {
	schedule(5.0, "customer B arrives")
	schedule(1.5, "customer A arrives")
	schedule(1.5, "door opens")
	schedule(9.25, "close")
	clock := 0.0
	for !events.Empty() {
		e := events.Get().([]any)
		clock = e[0].(float64)
		what := e[2].(string)
		fmt.Printf("t=%.2f %s\n", clock, what)
		if what == "customer A arrives" {
			schedule(clock+2, "customer A served")
		}
		if what == "customer B arrives" {
			schedule(clock+2.5, "customer B served")
		}
	}
	fmt.Println("end at", clock, "pending", events.Qsize())
}
