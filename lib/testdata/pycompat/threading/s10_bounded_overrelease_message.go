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
	s := threading.NewBoundedSemaphore(2)
	s.Acquire()
	s.Release()
	try(s.Release)
	fmt.Println(s.Value())
	u := threading.NewSemaphore(2)
	u.Release()
	u.Release()
	fmt.Println(u.Value())
}
