package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	for _, t := range []time.Duration{-2 * time.Second, -500 * time.Millisecond} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Printf("timeout=%v: %v\n", t.Seconds(), e)
				}
			}()
			lock.AcquireTimeout(t)
		}()
	}
	fmt.Println(pyBool(lock.Locked()))
	fmt.Println(pyBool(lock.AcquireTimeout(-time.Second)), pyBool(lock.Locked()))
	lock.Release()
	var r threading.RLock
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("RLock:", e)
			}
		}()
		r.AcquireTimeout(-3 * time.Second)
	}()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
