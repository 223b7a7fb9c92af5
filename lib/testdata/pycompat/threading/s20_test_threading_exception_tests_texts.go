// After CPython's Lib/test/test_threading.py ThreadingExceptionTests.
package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func attempt(label string, fn func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(label, e)
		}
	}()
	fn()
	fmt.Println(label, "ok")
}

func main() {
	t := &threading.Thread{Target: func() {}}
	t.Start()
	t.Join()
	attempt("start_thread_again", t.Start)
	attempt("joining_current_thread", threading.CurrentThread().Join)
	attempt("joining_inactive_thread", (&threading.Thread{Target: func() {}}).Join)
	var gate threading.Event
	d := &threading.Thread{Target: func() { gate.WaitTimeout(30 * time.Second) }}
	d.Start()
	attempt("daemonize_active_thread", func() { d.SetDaemon(true) })
	gate.Set()
	d.Join()
	attempt("releasing_unacquired_lock", (&threading.Lock{}).Release)
	attempt("releasing_unacquired_rlock", (&threading.RLock{}).Release)
}
