package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	lock.Acquire()
	fmt.Println("True")
	fmt.Println(pyBool(lock.AcquireTimeout(10 * time.Millisecond)))
	fmt.Println(pyBool(lock.TryAcquire()))
	fmt.Println(pyBool(lock.Locked()))
	lock.Release()
	fmt.Println(pyBool(lock.Locked()), pyBool(lock.TryAcquire()))
	lock.Release()
	var r threading.RLock
	r.Acquire()
	fmt.Println("True", pyBool(r.AcquireTimeout(10*time.Millisecond)), pyBool(r.TryAcquire()))
	for range 3 {
		r.Release()
	}
	fmt.Println(pyBool(r.TryAcquire()))
	r.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
