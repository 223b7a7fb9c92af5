package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	s := threading.NewSemaphore(0)
	a1 := s.AcquireTimeout(-time.Second)
	a2 := s.AcquireTimeout(0)
	fmt.Println("semaphore:", py(a1), py(a2))
	b := threading.NewBoundedSemaphore(1)
	fmt.Println("bounded with a free slot:", py(b.AcquireTimeout(-5*time.Second)))
	var e threading.Event
	fmt.Println("event:", py(e.WaitTimeout(-3*time.Second)))
	c := threading.NewCondition(nil)
	c.Acquire()
	w1 := c.WaitTimeout(-time.Second)
	w2 := c.WaitForTimeout(func() bool { return false }, -time.Second)
	fmt.Println("condition:", py(w1), py(w2))
	c.Release()
	bar := threading.NewBarrier(2, nil)
	if _, err := bar.WaitTimeout(-time.Second); err != nil {
		fmt.Println("barrier broken:", py(bar.Broken()))
	}
	t := &threading.Thread{Target: func() {}}
	t.Start()
	t.JoinTimeout(-time.Second)
	fmt.Println("join(-1) returns")
	t.Join()
	var r threading.RLock
	fmt.Println("rlock timeout=-1:", py(r.AcquireTimeout(-time.Second)))
	func() {
		defer func() {
			if x := recover(); x != nil {
				fmt.Println("rlock timeout=-2:", strings.TrimPrefix(fmt.Sprint(x), "ValueError: "))
			}
		}()
		r.AcquireTimeout(-2 * time.Second)
	}()
}
