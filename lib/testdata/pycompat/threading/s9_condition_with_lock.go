package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var l threading.Lock
	c := threading.NewCondition(&l)
	func() {
		c.Lock()
		defer c.Unlock()
		fmt.Println(pyBool(l.Locked()))
	}()
	fmt.Println(pyBool(l.Locked()))
	c.Acquire()
	fmt.Println(pyBool(l.Locked()), pyBool(l.TryAcquire()))
	c.Release()
	fmt.Println(pyBool(l.Locked()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
