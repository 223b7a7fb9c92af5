package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond threading.Condition
var arrived = 0
var released = 0
var goFlag = false

func waiter() {
	cond.Acquire()
	defer cond.Release()
	arrived++
	cond.NotifyAll()
	cond.WaitFor(func() bool { return goFlag })
	released++
}

func main() {
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: waiter})
	}
	for _, t := range ts {
		t.Start()
	}
	cond.Acquire()
	cond.WaitFor(func() bool { return arrived == 4 })
	goFlag = true
	cond.NotifyAll()
	cond.Release()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("released", released)
}
