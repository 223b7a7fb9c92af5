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
	b := threading.NewBoundedSemaphore(2)
	fmt.Println(b.Value())
	b.Acquire()
	b.Acquire()
	fmt.Println(b.Value(), pyBool(b.TryAcquire()))
	b.Release()
	b.Release()
	fmt.Println(b.Value())
	try(func() { b.Release() })
	fmt.Println(b.Value())
	b.Acquire()
	try(func() { b.ReleaseN(2) })
	fmt.Println(b.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
