package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock
var cond = threading.NewCondition(&r)
var ready []int

func waiter() {
	cond.Acquire()
	defer cond.Release()
	cond.Acquire()
	defer cond.Release()
	cond.WaitFor(func() bool { return len(ready) > 0 })
	fmt.Println("woken, lock held twice:", pyBool(r.Locked()))
}

func main() {
	t := &threading.Thread{Target: waiter}
	t.Start()
	cond.Acquire()
	ready = append(ready, 1)
	cond.NotifyAll()
	cond.Release()
	t.Join()
	fmt.Println(pyBool(r.TryAcquire()))
	r.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
