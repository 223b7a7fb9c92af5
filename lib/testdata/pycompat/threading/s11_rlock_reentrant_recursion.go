package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var lock threading.RLock
var calls []string

func fact(n int) int {
	lock.Acquire()
	defer lock.Release()
	calls = append(calls, fmt.Sprint(n))
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	fmt.Println(fact(6), pyStrs(calls))
	other := func() { calls = append(calls, pyBool(lock.AcquireTimeout(10*time.Millisecond))) }
	t := &threading.Thread{Target: other}
	lock.Acquire()
	t.Start()
	t.Join()
	lock.Release()
	fmt.Println(calls[len(calls)-1])
	t = &threading.Thread{Target: other}
	t.Start()
	t.Join()
	fmt.Println(calls[len(calls)-1])
	try(lock.Release)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
