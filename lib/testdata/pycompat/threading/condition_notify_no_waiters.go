package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	cond := threading.NewCondition(&lock)
	cond.Acquire()
	cond.Notify(1)
	cond.Notify(5)
	cond.NotifyAll()
	fmt.Println("no waiters: fine")
	cond.Release()
	fmt.Println(pyBool(lock.TryAcquire()))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
