package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func holder(lock *multiprocessing.Lock, held, release *multiprocessing.Event) {
	lock.Acquire()
	held.Set()
	release.WaitTimeout(30 * time.Second)
	lock.Release()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(holder)
	lock := multiprocessing.NewLock()
	held, release := multiprocessing.NewEvent(), multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: holder, Args: []any{lock, held, release}}
	p.Start()
	held.Wait()
	a := lock.AcquireTimeout(200 * time.Millisecond)
	b := lock.TryAcquire()
	fmt.Println("parent, child holds it:", py(a), py(b))
	release.Set()
	fmt.Println("after child let go:", py(lock.AcquireTimeout(30*time.Second)))
	lock.Release()
	p.Join()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		lock.Release()
	}()
	fmt.Println("exitcode:", p.ExitCode())
}
