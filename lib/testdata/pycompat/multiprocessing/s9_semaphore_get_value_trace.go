package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	s := multiprocessing.NewSemaphore(2)
	v0 := s.GetValue()
	a1 := s.Acquire()
	v1 := s.GetValue()
	a2 := s.TryAcquire()
	v2 := s.GetValue()
	a3 := s.TryAcquire()
	fmt.Println(v0, pyBool(a1), v1, pyBool(a2), v2, pyBool(a3))
	fmt.Println(pyBool(s.AcquireTimeout(10 * time.Millisecond)))
	s.Release()
	s.Release()
	s.Release()
	fmt.Println(s.GetValue())
	b := multiprocessing.NewBoundedSemaphore(1)
	b.Acquire()
	b.Release()
	try(func() { b.Release() })
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
