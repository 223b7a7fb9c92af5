package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var l threading.Lock
	l.Acquire()
	t := &threading.Thread{Target: l.Release}
	t.Start()
	t.Join()
	a := pyBool(l.Locked())
	b := pyBool(l.TryAcquire())
	fmt.Println(a, b, pyBool(l.Locked()))
	l.Release()
	c := pyBool(l.AcquireTimeout(10 * time.Millisecond))
	fmt.Println(c, pyBool(l.AcquireTimeout(10*time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
