package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var lock threading.Lock

func releaser() {
	lock.Release()
}

func main() {
	lock.Acquire()
	t := &threading.Thread{Target: releaser}
	t.Start()
	t.Join()
	a := lock.Locked()
	fmt.Println(pyBool(a), pyBool(lock.AcquireTimeout(5*time.Second)))
	lock.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
