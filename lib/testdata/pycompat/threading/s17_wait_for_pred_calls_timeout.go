package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var l threading.RLock
	cond := threading.NewCondition(&l)
	calls := 0
	cond.Acquire()
	r := cond.WaitForTimeout(func() bool { calls++; return false }, 50*time.Millisecond)
	cond.Release()
	fmt.Println(pyBool(r), pyBool(calls >= 2))
	calls = 0
	cond.Acquire()
	r = cond.WaitForTimeout(func() bool { calls++; return true }, 5*time.Second)
	cond.Release()
	v := "0"
	if r {
		v = "7"
	}
	fmt.Println(v, calls)
	cond.Acquire()
	r = cond.WaitForTimeout(func() bool { return false }, threading.ZeroTimeout)
	cond.Release()
	v = "0"
	if r {
		v = "1"
	}
	fmt.Println(v)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
