package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var lock threading.Lock
	fmt.Println(pyBool(lock.TryAcquire()))
	fmt.Println(pyBool(lock.TryAcquire()))
	fmt.Println(pyBool(lock.Locked()))
	lock.Release()
	fmt.Println(pyBool(lock.Locked()))
	fmt.Println(pyBool(lock.AcquireTimeout(50 * time.Millisecond)))
	fmt.Println(pyBool(lock.AcquireTimeout(50 * time.Millisecond)))
	lock.Release()
}
