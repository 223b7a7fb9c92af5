package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	sem := threading.NewBoundedSemaphore(2)
	fmt.Println(sem.Value())
	sem.Acquire()
	sem.Acquire()
	fmt.Println("True", "True", pyBool(sem.TryAcquire()))
	fmt.Println(sem.Value())
	sem.Release()
	sem.Release()
	fmt.Println(sem.Value())
	try(func() { sem.Release() })
	fmt.Println(sem.Value())
	sem.Acquire()
	fmt.Println("in with", sem.Value())
	sem.Release()
	fmt.Println(sem.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}
