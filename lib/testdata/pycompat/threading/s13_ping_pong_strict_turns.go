package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var cond threading.Condition
	turn := "ping"
	var out []string
	player := func(me, other string, rounds int) {
		for range rounds {
			cond.Acquire()
			cond.WaitFor(func() bool { return turn == me })
			out = append(out, me)
			turn = other
			cond.NotifyAll()
			cond.Release()
		}
	}
	a := &threading.Thread{Target: func() { player("ping", "pong", 4) }}
	b := &threading.Thread{Target: func() { player("pong", "ping", 4) }}
	b.Start()
	a.Start()
	a.Join()
	b.Join()
	fmt.Println(strings.Join(out, " "))
}
