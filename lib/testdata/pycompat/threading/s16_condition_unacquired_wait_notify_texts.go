package main

import (
	"fmt"
	"sync"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	for _, c := range []struct {
		label string
		lock  sync.Locker
	}{{"Lock", &threading.Lock{}}, {"RLock", &threading.RLock{}}} {
		cond := threading.NewCondition(c.lock)
		calls := []struct {
			name string
			call func() string
		}{
			{"wait", func() string { return py(cond.WaitTimeout(0)) }},
			{"wait_for true", func() string { return py(cond.WaitFor(func() bool { return true })) }},
			{"wait_for false", func() string { return py(cond.WaitForTimeout(func() bool { return false }, 0)) }},
			{"notify", func() string { cond.Notify(1); return "None" }},
			{"notify_all", func() string { cond.NotifyAll(); return "None" }},
		}
		for _, k := range calls {
			func() {
				defer func() {
					if r := recover(); r != nil {
						fmt.Println(c.label, k.name, r)
					}
				}()
				fmt.Println(c.label, k.name, "->", k.call())
			}()
		}
	}
}
