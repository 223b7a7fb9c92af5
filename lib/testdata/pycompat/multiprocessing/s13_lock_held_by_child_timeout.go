package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func holder(lock *multiprocessing.Lock, taken, done *multiprocessing.Event) {
	lock.Acquire()
	defer lock.Release()
	taken.Set()
	done.Wait()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(holder)
	lock := multiprocessing.NewLock()
	taken, done := multiprocessing.NewEvent(), multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: holder, Args: []any{lock, taken, done}}
	p.Start()
	taken.Wait()
	a := lock.AcquireTimeout(100 * time.Millisecond)
	b := lock.TryAcquire()
	fmt.Println("while the child holds it:", pyBool(a), pyBool(b), pyBool(lock.AcquireTimeout(0)))
	done.Set()
	fmt.Println("after the child lets go:", pyBool(lock.AcquireTimeout(10*time.Second)))
	p.Join()
	lock.Release()
	fmt.Println("exitcode", p.ExitCode(), "free again:", pyBool(lock.TryAcquire()))
}
