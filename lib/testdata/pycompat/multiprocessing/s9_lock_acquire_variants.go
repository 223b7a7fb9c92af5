package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	l := multiprocessing.NewLock()
	a := l.Acquire()
	b := l.TryAcquire()
	c := l.AcquireTimeout(10 * time.Millisecond)
	fmt.Println(pyBool(a), pyBool(b), pyBool(c))
	l.Release()
	try(func() { l.Release() })
	func() {
		l.Lock()
		defer l.Unlock()
		fmt.Println("held", pyBool(l.TryAcquire()))
	}()
	fmt.Println(pyBool(l.TryAcquire()))
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
