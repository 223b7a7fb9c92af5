package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var r threading.RLock
	r.Acquire()
	fmt.Println("True")
	r.Acquire()
	fmt.Println("True")
	fmt.Println(pyBool(r.TryAcquire()))
	r.Release()
	r.Release()
	r.Release()
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
