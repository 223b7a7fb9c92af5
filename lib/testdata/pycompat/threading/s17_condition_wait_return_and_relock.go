package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var l threading.Lock
	c := threading.NewCondition(&l)
	c.Acquire()
	r := c.WaitTimeout(10 * time.Millisecond)
	fmt.Println(pyBool(r), pyBool(l.Locked()))
	c.Release()
	c.Acquire()
	t := threading.NewTimer(20*time.Millisecond, func() { c.Acquire(); c.Notify(1); c.Release() })
	t.Start()
	r = c.WaitTimeout(30 * time.Second)
	fmt.Println(pyBool(r), pyBool(l.Locked()))
	c.Release()
	t.Join()
	a := pyBool(l.Locked())
	b := pyBool(l.TryAcquire())
	fmt.Println(a, b, pyBool(l.TryAcquire()))
	c.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
