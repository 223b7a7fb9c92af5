package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var stop threading.Event
	ticks := 0
	worker := func() {
		for !stop.IsSet() {
			ticks++
			stop.WaitTimeout(5 * time.Millisecond)
		}
		fmt.Println("worker saw stop:", pyBool(stop.IsSet()))
	}
	t := &threading.Thread{Target: worker}
	t.Start()
	time.Sleep(50 * time.Millisecond)
	stop.Set()
	t.Join()
	fmt.Println(pyBool(ticks > 0), pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
