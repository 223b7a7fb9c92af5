package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond threading.Condition
var calls = 0

func pred() bool {
	calls++
	return false
}

func main() {
	cond.Acquire()
	r := cond.WaitForTimeout(pred, 50*time.Millisecond)
	cond.Release()
	fmt.Println(pyBool(r), pyBool(calls >= 2))
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitForTimeout(func() bool { return true }, 0)))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
