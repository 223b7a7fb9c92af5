package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBoundedSemaphore(2)
	func() {
		b.Acquire()
		defer b.Release()
		func() {
			b.Acquire()
			defer b.Release()
			v := b.Value()
			x := b.TryAcquire()
			fmt.Println("inside both:", v, pyBool(x), pyBool(b.AcquireTimeout(0)))
		}()
		fmt.Println("one left:", b.Value())
	}()
	fmt.Println("after:", b.Value())
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e, b.Value())
		}
	}()
	b.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
