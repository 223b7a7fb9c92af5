package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	lock          threading.Lock
	held, release threading.Event
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func holder() {
	lock.Acquire()
	defer lock.Release()
	held.Set()
	release.Wait()
}

func main() {
	fmt.Println("start:", py(lock.Locked()))
	t := &threading.Thread{Target: holder}
	t.Start()
	held.Wait()
	a := lock.TryAcquire()
	b := lock.AcquireTimeout(100 * time.Millisecond)
	fmt.Println("held by thread:", py(lock.Locked()), "main try:", py(a), py(b))
	release.Set()
	t.Join()
	l1 := lock.Locked()
	c := lock.AcquireTimeout(time.Second)
	fmt.Println("after join:", py(l1), py(c), py(lock.Locked()))
	lock.Release()
	fmt.Println("released:", py(lock.Locked()))
}
