package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var e threading.Event
	var ticks []int
	poller := func() {
		n := 0
		for !e.WaitTimeout(20 * time.Millisecond) {
			n++
		}
		ticks = append(ticks, n)
	}
	t := &threading.Thread{Target: poller}
	t.Start()
	threading.NewTimer(150*time.Millisecond, e.Set).Start()
	t.Join()
	fmt.Println(pb(ticks[0] >= 3), pb(e.IsSet()), pb(e.WaitTimeout(0)))
}
