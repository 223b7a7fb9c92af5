package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var l threading.Lock
	var r threading.RLock
	var held, done threading.Event
	t := &threading.Thread{Target: func() {
		l.Acquire()
		r.Acquire()
		held.Set()
		done.WaitTimeout(30 * time.Second)
		r.Release()
		l.Release()
	}}
	t.Start()
	held.WaitTimeout(30 * time.Second)
	a := pyBool(l.AcquireTimeout(20 * time.Millisecond))
	b := pyBool(r.AcquireTimeout(20 * time.Millisecond))
	c := pyBool(l.TryAcquire())
	fmt.Println(a, b, c, pyBool(r.TryAcquire()))
	done.Set()
	t.Join()
	a = pyBool(l.AcquireTimeout(5 * time.Second))
	b = pyBool(r.AcquireTimeout(5 * time.Second))
	fmt.Println(a, b, pyBool(r.TryAcquire()))
}
