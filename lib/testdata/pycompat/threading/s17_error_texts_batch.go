package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func show(f func() any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	r := f()
	fmt.Println("ok", r)
}

func main() {
	var lock threading.Lock
	show(func() any { return lock.AcquireTimeout(-2 * time.Second) })
	show(func() any { return pyBool(lock.AcquireTimeout(-time.Second)) })
	show(func() any { lock.Release(); return "None" })
	show(func() any { lock.Release(); return "None" })
	show(func() any { var r threading.RLock; r.Release(); return "None" })
	show(func() any { return threading.NewSemaphore(-3) })
	show(func() any { threading.NewSemaphore(2).ReleaseN(0); return "None" })
	show(func() any { threading.NewBoundedSemaphore(2).Release(); return "None" })
	show(func() any { var l threading.Lock; threading.NewCondition(&l).Wait(); return "None" })
	show(func() any { var l threading.RLock; threading.NewCondition(&l).NotifyAll(); return "None" })
	show(func() any { threading.CurrentThread().Join(); return "None" })
	show(func() any { (&threading.Thread{}).Join(); return "None" })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
