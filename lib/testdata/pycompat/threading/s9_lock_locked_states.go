package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var l threading.Lock
	fmt.Println(pyBool(l.Locked()))
	l.Acquire()
	fmt.Println("True")
	fmt.Println(pyBool(l.Locked()))
	fmt.Println(pyBool(l.TryAcquire()))
	fmt.Println(pyBool(l.AcquireTimeout(10 * time.Millisecond)))
	l.Release()
	fmt.Println(pyBool(l.Locked()))
	func() {
		l.Lock()
		defer l.Unlock()
		fmt.Println("in with", pyBool(l.Locked()))
	}()
	fmt.Println(pyBool(l.Locked()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
