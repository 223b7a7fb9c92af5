package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func tryLock(lock *multiprocessing.Lock, q *multiprocessing.Queue) {
	q.Put(lock.AcquireTimeout(100 * time.Millisecond))
	q.Put(lock.TryAcquire())
}

func main() {
	multiprocessing.Main(tryLock)
	lock := multiprocessing.NewLock()
	q := multiprocessing.NewQueue()
	lock.Acquire()
	p := &multiprocessing.Process{Target: tryLock, Args: []any{lock, q}}
	p.Start()
	p.Join()
	fmt.Println(pyBool(q.Get().(bool)), pyBool(q.Get().(bool)))
	lock.Release()
	p = &multiprocessing.Process{Target: tryLock, Args: []any{lock, q}}
	p.Start()
	p.Join()
	fmt.Println(pyBool(q.Get().(bool)), pyBool(q.Get().(bool)))
	fmt.Println(pyBool(lock.TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
