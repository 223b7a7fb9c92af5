package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	stop  threading.Event
	ticks = threading.NewSemaphore(0)
	count int
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func worker() {
	for !stop.IsSet() {
		count++
		ticks.Release()
		if count == 5 {
			stop.Wait()
		}
	}
}

func main() {
	t := &threading.Thread{Target: worker, Daemon: true}
	t.Start()
	for i := 0; i < 5; i++ {
		ticks.Acquire()
	}
	fmt.Println("ticks seen:", 5, "flag:", py(stop.IsSet()), "alive:", py(t.IsAlive()))
	stop.Set()
	t.Join()
	fmt.Println("count:", count, "alive:", py(t.IsAlive()), "daemon:", py(t.IsDaemon()))
}
