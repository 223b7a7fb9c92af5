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
	s := threading.NewSemaphore(0)
	fmt.Println(pyBool(s.TryAcquire()))
	s.ReleaseN(3)
	fmt.Println(s.Value())
	fmt.Printf("[%s, %s, %s, %s]\n", pyBool(s.TryAcquire()), pyBool(s.TryAcquire()), pyBool(s.TryAcquire()), pyBool(s.TryAcquire()))
	try(func() { s.ReleaseN(0) })
	b := threading.NewBoundedSemaphore(3)
	b.Acquire()
	b.Acquire()
	b.ReleaseN(2)
	fmt.Println(b.Value())
	try(func() { b.ReleaseN(1) })
	fmt.Println(b.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
