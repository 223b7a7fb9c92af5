package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond threading.Condition
var waiting = 0
var order []int

func w(i int) {
	cond.Acquire()
	defer cond.Release()
	waiting++
	cond.Wait()
	order = append(order, i)
}

func main() {
	var ts []*threading.Thread
	for i := range 4 {
		t := &threading.Thread{Target: func() { w(i) }}
		t.Start()
		ts = append(ts, t)
		for {
			cond.Acquire()
			ok := waiting == i+1
			cond.Release()
			if ok {
				break
			}
		}
	}
	for range 4 {
		cond.Acquire()
		n := len(order)
		cond.Notify(1)
		cond.Release()
		for {
			cond.Acquire()
			ok := len(order) == n+1
			cond.Release()
			if ok {
				break
			}
		}
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Printf("[%d, %d, %d, %d]\n", order[0], order[1], order[2], order[3])
}
