package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var r threading.RLock
	var l threading.Lock
	grab := func() {
		r.Acquire()
		l.Acquire()
	}
	t := &threading.Thread{Target: grab}
	t.Start()
	t.Join()
	fmt.Println("owner thread ended; alive:", pyBool(t.IsAlive()))
	fmt.Println("RLock acquire(timeout=0.05):", pyBool(r.AcquireTimeout(50*time.Millisecond)))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("RLock release:", e)
			}
		}()
		r.Release()
	}()
	locked := l.Locked()
	fmt.Println("Lock locked:", pyBool(locked), "acquire(blocking=False):", pyBool(l.TryAcquire()))
	l.Release()
	locked = l.Locked()
	fmt.Println("main released the Lock:", pyBool(locked), pyBool(l.TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
