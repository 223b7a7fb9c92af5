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
	b := threading.NewBoundedSemaphore(4)
	for i := 0; i < 4; i++ {
		b.Acquire()
	}
	fmt.Println(b.Value())
	b.ReleaseN(3)
	fmt.Println(b.Value())
	try(func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e, b.Value())
			}
		}()
		b.ReleaseN(2)
	})
	b.ReleaseN(1)
	fmt.Println(b.Value())
	try(func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e, b.Value())
			}
		}()
		b.Release()
	})
	try(func() { b.ReleaseN(0) })
}
