package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var r threading.RLock
	var held, goon threading.Event
	holder := func() {
		r.Acquire()
		r.Acquire()
		held.Set()
		goon.WaitTimeout(30 * time.Second)
		r.Release()
		r.Release()
	}
	t := &threading.Thread{Target: holder}
	t.Start()
	held.WaitTimeout(30 * time.Second)
	fmt.Println(pb(r.AcquireTimeout(50*time.Millisecond)), pb(r.TryAcquire()))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		r.Release()
	}()
	goon.Set()
	t.Join()
	fmt.Println(pb(r.AcquireTimeout(50 * time.Millisecond)))
	r.Release()
}
