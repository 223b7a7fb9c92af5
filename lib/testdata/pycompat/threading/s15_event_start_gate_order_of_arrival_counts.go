package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	start   threading.Event
	arrived = threading.NewSemaphore(0)
	count   int
	lock    threading.Lock
)

func runner() {
	arrived.Release()
	start.Wait()
	lock.Acquire()
	count++
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 6; i++ {
		ts = append(ts, &threading.Thread{Target: runner})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		arrived.Acquire()
	}
	fmt.Println("before start:", count, map[bool]string{true: "True", false: "False"}[start.IsSet()])
	start.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("after start:", count, map[bool]string{true: "True", false: "False"}[start.IsSet()])
}
