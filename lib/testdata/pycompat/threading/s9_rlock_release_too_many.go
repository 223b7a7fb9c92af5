package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var r threading.RLock
	r.Acquire()
	r.Acquire()
	r.Release()
	r.Release()
	try(func() { r.Release() })
	func() {
		r.Lock()
		defer r.Unlock()
		func() {
			r.Lock()
			defer r.Unlock()
			fmt.Println("nested")
		}()
	}()
	fmt.Println(pyBool(r.TryAcquire()))
	r.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
