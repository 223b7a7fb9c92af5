package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func hold(lock *multiprocessing.Lock, held, go_ *multiprocessing.Event) {
	lock.Acquire()
	held.Set()
	go_.Wait()
	lock.Release()
}

func free(lock *multiprocessing.Lock) {
	lock.Release()
}

func main() {
	multiprocessing.Main(hold, free)
	lock := multiprocessing.NewLock()
	held := multiprocessing.NewEvent()
	go_ := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: hold, Args: []any{lock, held, go_}}
	p.Start()
	held.Wait()
	a := lock.AcquireTimeout(50 * time.Millisecond)
	b := lock.TryAcquire()
	fmt.Println(pyBool(a), pyBool(b))
	go_.Set()
	fmt.Println(pyBool(lock.AcquireTimeout(30 * time.Second)))
	p.Join()
	q := &multiprocessing.Process{Target: free, Args: []any{lock}}
	q.Start()
	q.Join()
	fmt.Println(q.ExitCode(), pyBool(lock.TryAcquire()))
	lock.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
