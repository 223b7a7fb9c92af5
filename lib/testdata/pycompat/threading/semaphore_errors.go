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
	try(func() { threading.NewSemaphore(-1) })
	s := threading.NewSemaphore(0)
	try(func() { s.ReleaseN(0) })
	b := threading.NewBoundedSemaphore(2)
	b.Acquire()
	b.Release()
	try(func() { b.Release() })
	try(func() { threading.NewBoundedSemaphore(-3) })
}
