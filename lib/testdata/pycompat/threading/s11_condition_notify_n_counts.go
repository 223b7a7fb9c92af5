package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var cond threading.Condition
	woken := queue.New(0)
	ready := threading.NewSemaphore(0)
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: func() {
			cond.Acquire()
			ready.Release()
			if cond.WaitTimeout(10 * time.Second) {
				woken.Put(i)
			}
			cond.Release()
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		ready.Acquire()
	}
	cond.Acquire()
	cond.Notify(2)
	cond.Release()
	first := []int{woken.Get().(int), woken.Get().(int)}
	cond.Acquire()
	cond.Notify(1)
	cond.Release()
	last := woken.Get().(int)
	for _, t := range ts {
		t.Join()
	}
	all := append(append([]int{}, first...), last)
	sort.Ints(all)
	fmt.Println(len(first), pyList(all))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
