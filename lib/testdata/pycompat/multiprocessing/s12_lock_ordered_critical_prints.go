package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func report(lock *multiprocessing.Lock, i int) {
	lock.Acquire()
	defer lock.Release()
	fmt.Printf("worker %d in critical section\n", i)
}

func main() {
	multiprocessing.Main(report)
	lock := multiprocessing.NewLock()
	for i := range 3 {
		p := &multiprocessing.Process{Target: report, Args: []any{lock, i}}
		p.Start()
		p.Join()
	}
	fmt.Println(pyBool(lock.AcquireTimeout(time.Second)), pyBool(lock.TryAcquire()))
	lock.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
