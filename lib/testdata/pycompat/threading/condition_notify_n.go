package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var lock threading.Lock
var cond = threading.NewCondition(&lock)
var back = threading.NewCondition(&lock)
var waiting = 0
var woken = 0

func waiter() {
	cond.Acquire()
	defer cond.Release()
	waiting++
	back.Notify(1)
	cond.Wait()
	woken++
	back.Notify(1)
}

func main() {
	var ts []*threading.Thread
	for range 5 {
		ts = append(ts, &threading.Thread{Target: waiter})
	}
	for _, t := range ts {
		t.Start()
	}
	cond.Acquire()
	back.WaitFor(func() bool { return waiting == 5 })
	cond.Notify(2)
	back.WaitFor(func() bool { return woken == 2 })
	fmt.Println("woken after notify(2):", woken)
	cond.Notify(10)
	back.WaitFor(func() bool { return woken == 5 })
	fmt.Println("woken after notify(10):", woken)
	cond.Release()
	for _, t := range ts {
		t.Join()
	}
}
