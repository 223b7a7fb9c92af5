package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func tryLock(lock *multiprocessing.Lock, q *multiprocessing.Queue) {
	q.Put([]any{"first", lock.AcquireTimeout(100 * time.Millisecond)})
	q.Put([]any{"nonblocking", lock.TryAcquire()})
	q.Put([]any{"second", lock.AcquireTimeout(30 * time.Second)})
	lock.Release()
}

func show(v any) {
	t := v.([]any)
	fmt.Printf("('%s', %s)\n", t[0], pb(t[1].(bool)))
}

func main() {
	multiprocessing.Main(tryLock)
	lock := multiprocessing.NewLock()
	q := multiprocessing.NewQueue()
	lock.Acquire()
	p := &multiprocessing.Process{Target: tryLock, Args: []any{lock, q}}
	p.Start()
	v, _ := q.GetTimeout(30 * time.Second)
	show(v)
	v, _ = q.GetTimeout(30 * time.Second)
	show(v)
	lock.Release()
	v, _ = q.GetTimeout(30 * time.Second)
	show(v)
	p.Join()
	fmt.Println(p.ExitCode(), pb(lock.TryAcquire()))
	lock.Release()
}
