package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var cond threading.Condition
	try(func() { cond.Notify(1) })
	try(func() { cond.NotifyAll() })
	try(func() { cond.Wait() })
	try(func() { cond.WaitFor(func() bool { return true }) })
	cond.Acquire()
	cond.Notify(1)
	cond.NotifyAll()
	fmt.Println("notified with the lock held", pyBool(cond.WaitTimeout(0)))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}
