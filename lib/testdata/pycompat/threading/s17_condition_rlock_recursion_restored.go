package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var r threading.RLock
	c := threading.NewCondition(&r)
	c.Acquire()
	c.Acquire()
	t := threading.NewTimer(20*time.Millisecond, func() { c.Acquire(); c.Notify(1); c.Release() })
	t.Start()
	fmt.Println(pyBool(c.WaitTimeout(30 * time.Second)))
	t.Join()
	c.Release()
	c.Release()
	func() {
		defer func() { fmt.Println(recover()) }()
		c.Release()
	}()
}
