package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBoundedSemaphore(3)
	b.Acquire()
	b.Acquire()
	try(func() { b.ReleaseN(3) })
	fmt.Println(b.Value())
	b.ReleaseN(2)
	fmt.Println(b.Value())
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
