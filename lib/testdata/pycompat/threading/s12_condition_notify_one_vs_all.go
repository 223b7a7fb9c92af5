package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	cond := threading.NewCondition(nil)
	var woken []int
	n := func() int { cond.Acquire(); defer cond.Release(); return len(woken) }
	ready := threading.NewSemaphore(0)
	waiter := func(i int) {
		cond.Acquire()
		ready.Release()
		cond.Wait()
		woken = append(woken, i)
		cond.Release()
	}
	var ts []*threading.Thread
	for i := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		ready.Acquire()
	}
	cond.Acquire()
	cond.Notify(1)
	cond.Release()
	for n() < 1 {
		runtime.Gosched()
	}
	fmt.Println("after notify:", n())
	cond.Acquire()
	cond.Notify(2)
	cond.Release()
	for n() < 3 {
		runtime.Gosched()
	}
	fmt.Println("after notify(2):", n())
	cond.Acquire()
	cond.NotifyAll()
	cond.Release()
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(woken)
	fmt.Println("after notify_all:", len(woken), strings.ReplaceAll(fmt.Sprint(woken), " ", ", "))
}
