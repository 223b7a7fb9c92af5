package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	lock.Acquire()
	t := &threading.Thread{Target: lock.Release}
	t.Start()
	t.Join()
	fmt.Println(pyBool(lock.Locked()))
	fmt.Println(pyBool(lock.AcquireTimeout(50 * time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
