package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}

func main() {
	var r threading.RLock
	try(func() { r.Release() })
	r.Acquire()
	r.Acquire()
	r.Release()
	r.Release()
	try(func() { r.Release() })
}
