package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	fmt.Print("Semaphore ")
	try(func() { threading.NewSemaphore(-1) })
	fmt.Print("BoundedSemaphore ")
	try(func() { threading.NewBoundedSemaphore(-1) })
	fmt.Println(pyBool(threading.NewSemaphore(0).TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
