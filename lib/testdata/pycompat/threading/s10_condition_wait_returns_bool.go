package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	c := threading.NewCondition(&threading.Lock{})
	c.Acquire()
	fmt.Println(pyBool(c.WaitTimeout(10 * time.Millisecond)))
	t := threading.NewTimer(10*time.Millisecond, func() { c.Acquire(); c.Notify(1); c.Release() })
	t.Start()
	fmt.Println(pyBool(c.WaitTimeout(10 * time.Second)))
	c.Release()
	t.Join()
	try(func() { c.WaitTimeout(10 * time.Millisecond) })
	try(c.NotifyAll)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
