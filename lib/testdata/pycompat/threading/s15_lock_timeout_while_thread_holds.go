package main

import (
	"fmt"
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
	var lock threading.Lock
	var held, release threading.Event
	t := &threading.Thread{Target: func() {
		lock.Acquire()
		defer lock.Release()
		held.Set()
		release.Wait()
	}}
	t.Start()
	held.Wait()
	a := lock.Locked()
	b := lock.AcquireTimeout(50 * time.Millisecond)
	c := lock.TryAcquire()
	d := lock.AcquireTimeout(0)
	fmt.Println(py(a), py(b), py(c), py(d))
	release.Set()
	e := lock.AcquireTimeout(10 * time.Second)
	fmt.Println(py(e), py(lock.Locked()))
	lock.Release()
	t.Join()
	fmt.Println(py(lock.Locked()))
}
