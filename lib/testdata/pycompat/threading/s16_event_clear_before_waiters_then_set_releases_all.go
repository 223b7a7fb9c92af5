package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	e.Set()
	e.Clear()
	arrived := threading.NewBarrier(4, nil)
	var results []string
	var lock threading.Lock
	waiter := func() {
		arrived.Wait()
		r := e.WaitTimeout(30 * time.Second)
		lock.Acquire()
		results = append(results, map[bool]string{true: "True", false: "False"}[r])
		lock.Release()
	}
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: waiter})
	}
	for _, t := range ts {
		t.Start()
	}
	arrived.Wait()
	e.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("["+strings.Join(results, ", ")+"]", map[bool]string{true: "True", false: "False"}[e.IsSet()])
}
