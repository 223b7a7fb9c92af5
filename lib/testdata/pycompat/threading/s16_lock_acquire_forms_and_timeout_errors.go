package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	var lock threading.Lock
	lock.Acquire()
	fmt.Println(py(true), py(lock.TryAcquire()), py(lock.AcquireTimeout(100*time.Millisecond)), py(lock.AcquireTimeout(0)))
	try(func() { lock.AcquireTimeout(-2 * time.Second) })
	fmt.Println("locked:", py(lock.Locked()))
	lock.Release()
	fmt.Println("locked:", py(lock.Locked()), py(lock.AcquireTimeout(-time.Second)))
	lock.Release()
	try(lock.Release)
}
