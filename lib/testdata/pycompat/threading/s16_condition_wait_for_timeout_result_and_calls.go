package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	cond  = threading.NewCondition(nil)
	calls []int
	items []int
)

func pred() bool {
	calls = append(calls, len(items))
	return len(items) >= 2
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	cond.Acquire()
	r := cond.WaitForTimeout(pred, 300*time.Millisecond)
	cond.Release()
	fmt.Println("nothing came:", py(r), "pred calls:", len(calls))

	calls = nil
	var ready threading.Event
	producer := func() {
		ready.Wait()
		for i := 0; i < 2; i++ {
			cond.Acquire()
			items = append(items, i)
			cond.Notify(1)
			cond.Release()
		}
	}
	t := &threading.Thread{Target: producer}
	t.Start()
	cond.Acquire()
	ready.Set()
	r = cond.WaitForTimeout(pred, 30*time.Second)
	cond.Release()
	t.Join()
	fmt.Println("two came:", py(r), strings.ReplaceAll(fmt.Sprint(items), " ", ", "), "first call saw", calls[0], "last saw", calls[len(calls)-1])
	cond.Acquire()
	fmt.Println("already true:", py(cond.WaitForTimeout(func() bool { return true }, 0)), py(cond.WaitForTimeout(func() bool { return false }, 0)))
	cond.Release()
}
