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
	s := threading.NewSemaphore(3)
	var got []string
	for i := 0; i < 4; i++ {
		got = append(got, py(s.TryAcquire()))
	}
	fmt.Println("["+strings.Join(got, ", ")+"]", s.Value())
	fmt.Println(py(s.AcquireTimeout(50 * time.Millisecond)))
	s.ReleaseN(2)
	v1 := s.Value()
	a := s.TryAcquire()
	fmt.Println(v1, py(a), s.Value())
	b := threading.NewBoundedSemaphore(2)
	b.Acquire()
	b.Release()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		b.Release()
	}()
	fmt.Println(b.Value())
}
