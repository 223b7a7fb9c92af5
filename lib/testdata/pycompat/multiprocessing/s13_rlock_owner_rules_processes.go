package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

type releaser interface{ Release() }

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func tryRelease(lock any, q *multiprocessing.Queue) {
	defer func() {
		if r := recover(); r != nil {
			q.Put(fmt.Sprint(r))
		}
	}()
	lock.(releaser).Release()
	q.Put("released")
}

func tryAcquire(lock *multiprocessing.RLock, q *multiprocessing.Queue) {
	q.Put(fmt.Sprintf("('acquire(timeout=0.1)', %s)", pyBool(lock.AcquireTimeout(100*time.Millisecond))))
}

func main() {
	multiprocessing.Main(tryRelease, tryAcquire)
	q := multiprocessing.NewQueue()
	r := multiprocessing.NewRLock()
	r.Acquire()
	r.Acquire()
	p := &multiprocessing.Process{Target: tryRelease, Args: []any{r, q}}
	p.Start()
	p.Join()
	fmt.Println("try_release", q.Get(), p.ExitCode())
	p = &multiprocessing.Process{Target: tryAcquire, Args: []any{r, q}}
	p.Start()
	p.Join()
	fmt.Println("try_acquire", q.Get(), p.ExitCode())
	r.Release()
	r.Release()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("parent:", e)
			}
		}()
		r.Release()
	}()
	l := multiprocessing.NewLock()
	l.Acquire()
	p = &multiprocessing.Process{Target: tryRelease, Args: []any{l, q}}
	p.Start()
	p.Join()
	fmt.Println("plain Lock released by a child:", q.Get(), "parent can take it:", pyBool(l.TryAcquire()))
}
