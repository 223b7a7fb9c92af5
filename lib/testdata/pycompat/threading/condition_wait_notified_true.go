package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond threading.Condition
var ready = false

func setter() {
	cond.Acquire()
	ready = true
	cond.Notify(1)
	cond.Release()
}

func main() {
	cond.Acquire()
	t := &threading.Thread{Target: setter}
	t.Start()
	r := cond.WaitTimeout(10 * time.Second)
	fmt.Println("wait returned", pyBool(r), "ready", pyBool(ready))
	cond.Release()
	t.Join()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
