package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond threading.Condition
var ready = false
var count = 0
var woken []int

func waiter(i int) {
	cond.Acquire()
	defer cond.Release()
	count++
	cond.NotifyAll()
	cond.WaitFor(func() bool { return ready })
	woken = append(woken, i)
}

func main() {
	var ts []*threading.Thread
	for i := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	cond.Acquire()
	cond.WaitFor(func() bool { return count == 4 })
	ready = true
	cond.NotifyAll()
	cond.Release()
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(woken)
	fmt.Println(pyInts(woken))
}

func pyInts(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}
