package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	cond := threading.NewCondition(nil)
	cond.Acquire()
	fmt.Println("nobody notifies:", py(cond.WaitTimeout(200*time.Millisecond)))
	cond.Release()
	var results []string
	var waiting threading.Event
	t := &threading.Thread{Target: func() {
		cond.Acquire()
		waiting.Set()
		results = append(results, py(cond.WaitTimeout(30*time.Second)))
		cond.Release()
	}}
	t.Start()
	waiting.Wait()
	cond.Acquire()
	cond.Notify(1)
	cond.Release()
	t.Join()
	fmt.Println("notified:", "["+results[0]+"]")
}
