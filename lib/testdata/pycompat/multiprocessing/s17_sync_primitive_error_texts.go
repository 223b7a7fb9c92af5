package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(g func() any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	v := g()
	if v == nil {
		v = "None"
	}
	fmt.Println(v)
}

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	show(func() any { multiprocessing.NewLock().Release(); return nil })
	show(func() any { multiprocessing.NewRLock().Release(); return nil })
	show(func() any { multiprocessing.NewBoundedSemaphore(1).Release(); return nil })
	show(func() any { return b(multiprocessing.NewCondition(nil).Wait()) })
	show(func() any { multiprocessing.NewCondition(nil).Notify(); return nil })
	show(func() any { multiprocessing.NewCondition(nil).NotifyAll(); return nil })
	show(func() any { multiprocessing.NewValue("i", 1).GetLock().Release(); return nil })
	show(func() any { return b(multiprocessing.NewEvent().WaitTimeout(0)) })
	s := multiprocessing.NewSemaphore(2)
	show(func() any {
		x, y := s.Acquire(), s.Acquire()
		return fmt.Sprintf("(%s, %s, %s)", b(x), b(y), b(s.AcquireTimeout(10*time.Millisecond)))
	})
	show(func() any { return s.GetValue() })
}
