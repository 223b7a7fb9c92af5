package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	var r threading.RLock
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("caught", e)
			}
		}()
		lock.Acquire()
		defer lock.Release()
		r.Acquire()
		defer r.Release()
		panic("inside")
	}()
	fmt.Println(pyBool(lock.Locked()), pyBool(r.TryAcquire()))
	r.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
