package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var e threading.Event
var results []string
var lock threading.Lock

func waiter() {
	r := e.WaitTimeout(20 * time.Millisecond)
	lock.Acquire()
	results = append(results, pyBool(r))
	lock.Release()
	r = e.WaitTimeout(5 * time.Second)
	lock.Acquire()
	results = append(results, pyBool(r))
	lock.Release()
}

func main() {
	t := &threading.Thread{Target: waiter}
	t.Start()
	for {
		lock.Acquire()
		n := len(results)
		lock.Release()
		if n >= 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	e.Set()
	t.Join()
	fmt.Printf("[%s, %s]\n", results[0], results[1])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
