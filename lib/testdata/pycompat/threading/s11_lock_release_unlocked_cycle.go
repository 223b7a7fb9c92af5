package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	fmt.Println(pyBool(lock.Locked()))
	lock.Acquire()
	fmt.Println("inside", pyBool(lock.Locked()))
	lock.Release()
	fmt.Println("after", pyBool(lock.Locked()))
	for i := 0; i < 2; i++ {
		try(func() { lock.Release() })
	}
	lock.Acquire()
	fmt.Println("True", pyBool(lock.TryAcquire()), pyBool(lock.Locked()))
	lock.Release()
	fmt.Println(pyBool(lock.TryAcquire()))
	lock.Release()
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
