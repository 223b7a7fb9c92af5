package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	fmt.Println(pyBool(e.WaitTimeout(-time.Second)))
	s := threading.NewSemaphore(0)
	fmt.Println(pyBool(s.AcquireTimeout(-2 * time.Second)))
	var c threading.Condition
	c.Acquire()
	fmt.Println(pyBool(c.WaitTimeout(-time.Second)))
	fmt.Println(pyBool(c.WaitForTimeout(func() bool { return false }, -time.Second)))
	c.Release()
	var go_ threading.Event
	t := &threading.Thread{Target: func() { go_.Wait() }}
	t.Start()
	t.JoinTimeout(-time.Second)
	fmt.Println(pyBool(t.IsAlive()))
	go_.Set()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
