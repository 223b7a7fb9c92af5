package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
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
	try(multiprocessing.NewRLock().Release)
	try(multiprocessing.NewBoundedSemaphore(1).Release)
	try(multiprocessing.NewLock().Release)
	try(multiprocessing.NewJoinableQueue().TaskDone)
	s := multiprocessing.NewSemaphore(2)
	v0 := s.GetValue()
	a := s.Acquire()
	v1 := s.GetValue()
	b := s.AcquireTimeout(10 * time.Millisecond)
	c := s.TryAcquire()
	fmt.Println(v0, pyBool(a), v1, pyBool(b), pyBool(c), s.GetValue())
	s.Release()
	fmt.Println(s.GetValue())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
