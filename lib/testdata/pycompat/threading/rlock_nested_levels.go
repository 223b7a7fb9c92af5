package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock
var got []bool

func run(f func()) {
	t := &threading.Thread{Target: f}
	t.Start()
	t.Join()
}

func main() {
	for range 3 {
		r.Acquire()
	}
	run(func() { got = append(got, r.TryAcquire()) })
	r.Release()
	r.Release()
	run(func() { got = append(got, r.AcquireTimeout(10*time.Millisecond)) })
	r.Release()
	run(func() { got = append(got, r.TryAcquire()) })
	fmt.Printf("[%s, %s, %s]\n", pyBool(got[0]), pyBool(got[1]), pyBool(got[2]))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		r.Release()
	}()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
