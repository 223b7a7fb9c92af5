package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond = threading.NewCondition(nil)
var allReady threading.Event
var sig = threading.NewSemaphore(0)
var woken []int
var ready int

func waiter(i int) {
	cond.Acquire()
	ready++
	if ready == 4 {
		allReady.Set()
	}
	cond.Wait()
	woken = append(woken, i)
	cond.Release()
	sig.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	allReady.Wait()
	for _, n := range []int{1, 2, 1} {
		cond.Acquire()
		cond.Notify(n)
		cond.Release()
		for range n {
			sig.Acquire()
		}
		fmt.Println(n, len(woken))
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(woken)
	fmt.Printf("[%d, %d, %d, %d]\n", woken[0], woken[1], woken[2], woken[3])
}
