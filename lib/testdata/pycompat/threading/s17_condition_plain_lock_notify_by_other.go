package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

// A Condition over a plain Lock cannot tell who holds the lock: Python
// checks only that it is locked, so another thread may notify.
var l threading.Lock
var c = threading.NewCondition(&l)
var out []string

func try(cond *threading.Condition) {
	defer func() {
		if r := recover(); r != nil {
			out = append(out, fmt.Sprint(r))
		}
	}()
	cond.Notify(1)
	out = append(out, "notified")
}

func main() {
	c.Acquire()
	t := &threading.Thread{Target: func() { try(c) }}
	t.Start()
	t.Join()
	c.Release()
	t = &threading.Thread{Target: func() { try(c) }}
	t.Start()
	t.Join()
	var rl threading.RLock
	r := threading.NewCondition(&rl)
	r.Acquire()
	t = &threading.Thread{Target: func() { try(r) }}
	t.Start()
	t.Join()
	r.Release()
	fmt.Println("['" + strings.Join(out, "', '") + "']")
}
