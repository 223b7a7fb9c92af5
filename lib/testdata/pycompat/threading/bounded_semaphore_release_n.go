package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBoundedSemaphore(3)
	b.Acquire()
	b.Acquire()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		b.ReleaseN(3)
	}()
	fmt.Println(pyBool(b.TryAcquire()), pyBool(b.TryAcquire()), pyBool(b.TryAcquire()))
	b.ReleaseN(1)
	fmt.Println(pyBool(b.TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
