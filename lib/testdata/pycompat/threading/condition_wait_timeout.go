package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var cond threading.Condition
	cond.Acquire()
	fmt.Println(pyBool(cond.WaitTimeout(50 * time.Millisecond)))
	fmt.Println(pyBool(cond.WaitForTimeout(func() bool { return false }, 50*time.Millisecond)))
	fmt.Println(pyBool(cond.WaitFor(func() bool { return true })))
	fmt.Println(pyBool(cond.WaitForTimeout(func() bool { return false }, 10*time.Millisecond)))
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
