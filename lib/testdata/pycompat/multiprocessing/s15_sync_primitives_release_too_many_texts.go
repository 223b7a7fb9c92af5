package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(label string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			name, msg, _ := strings.Cut(fmt.Sprint(e), ": ")
			fmt.Println(label, name, msg)
		}
	}()
	f()
}

func main() {
	lock := multiprocessing.NewLock()
	try("Lock:", lock.Release)
	bs := multiprocessing.NewBoundedSemaphore(1)
	try("BoundedSemaphore:", bs.Release)
	rl := multiprocessing.NewRLock()
	try("RLock:", rl.Release)
	s := multiprocessing.NewSemaphore(0)
	a1 := s.AcquireTimeout(50 * time.Millisecond)
	a2 := s.TryAcquire()
	fmt.Println(py(a1), py(a2), s.GetValue())
	s.Release()
	s.Release()
	v1 := s.GetValue()
	a3 := s.Acquire()
	fmt.Println(v1, py(a3), s.GetValue())
	b1 := lock.Acquire()
	b2 := lock.TryAcquire()
	b3 := lock.AcquireTimeout(50 * time.Millisecond)
	fmt.Println(py(b1), py(b2), py(b3))
	lock.Release()
	fmt.Println(py(lock.TryAcquire()))
}
