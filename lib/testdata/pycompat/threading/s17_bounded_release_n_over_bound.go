package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	b := threading.NewBoundedSemaphore(3)
	b.Acquire()
	b.Acquire()
	try(func() { b.ReleaseN(3) })
	fmt.Println(b.Value())
	b.ReleaseN(2)
	fmt.Println(b.Value())
	try(b.Release)
	fmt.Println(b.Value())
}
