package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	a := lock.Locked()
	lock.Acquire()
	fmt.Println(pyBool(a), "True", pyBool(lock.Locked()))
	x := lock.AcquireTimeout(10 * time.Millisecond)
	y := lock.TryAcquire()
	z := lock.TryAcquire()
	fmt.Println(pyBool(x), pyBool(y), pyBool(z))
	lock.Release()
	a = lock.Locked()
	x = lock.AcquireTimeout(time.Second)
	fmt.Println(pyBool(a), pyBool(x), pyBool(lock.Locked()))
	lock.Release()
	func() {
		lock.Acquire()
		defer lock.Release()
		fmt.Println("in with:", pyBool(lock.Locked()))
	}()
	fmt.Println("after with:", pyBool(lock.Locked()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
