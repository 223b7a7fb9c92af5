package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	c := multiprocessing.NewCondition(nil)
	c.Acquire()
	fmt.Println("condition", pyBool(c.WaitTimeout(-time.Second)))
	c.Release()
	lock := multiprocessing.NewLock()
	lock.Acquire()
	fmt.Println("lock", pyBool(lock.AcquireTimeout(-time.Second)))
	fmt.Println("semaphore", pyBool(multiprocessing.NewSemaphore(0).AcquireTimeout(-5*time.Second)))
	fmt.Println("event", pyBool(multiprocessing.NewEvent().WaitTimeout(-time.Second)))
	if _, err := multiprocessing.NewQueue().GetTimeout(-time.Second); err == multiprocessing.ErrEmpty {
		fmt.Println("queue Empty")
	}
	b := multiprocessing.NewBarrier(2)
	if _, err := b.WaitTimeout(-time.Second); err == multiprocessing.ErrBrokenBarrier {
		fmt.Println("barrier BrokenBarrierError", pyBool(b.Broken()))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
