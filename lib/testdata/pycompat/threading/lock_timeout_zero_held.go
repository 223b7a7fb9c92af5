package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	lock.Acquire()
	fmt.Println(pyBool(lock.AcquireTimeout(0)), pyBool(lock.TryAcquire()), pyBool(lock.AcquireTimeout(10*time.Millisecond)))
	fmt.Println(pyBool(lock.Locked()))
	lock.Release()
	fmt.Println(pyBool(lock.AcquireTimeout(0)), pyBool(lock.Locked()))
	lock.Release()
	fmt.Println(pyBool(lock.Locked()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
