package main

import (
	"fmt"
	"strings"
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
	var r threading.RLock
	cond := threading.NewCondition(&r)
	var ready []string
	var probe []string
	notifier := func() {
		cond.Acquire()
		ready = append(ready, "'go'")
		cond.Notify(1)
		cond.Release()
	}
	tryTake := func() {
		probe = append(probe, py(r.TryAcquire()))
	}
	run := func(f func()) {
		t := &threading.Thread{Target: f}
		t.Start()
		t.Join()
	}
	cond.Acquire()
	cond.Acquire()
	t := &threading.Thread{Target: notifier}
	t.Start()
	ok := cond.WaitForTimeout(func() bool { return len(ready) > 0 }, 30*time.Second)
	fmt.Println("woke:", py(ok), "["+strings.Join(ready, ", ")+"]")
	t.Join()
	run(tryTake)
	cond.Release()
	run(tryTake)
	cond.Release()
	run(tryTake)
	fmt.Println("other thread could take it (two levels, one level, none):", "["+strings.Join(probe, ", ")+"]")
}
