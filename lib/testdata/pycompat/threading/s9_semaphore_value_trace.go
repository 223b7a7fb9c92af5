package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := threading.NewSemaphore(2)
	fmt.Println(s.Value())
	s.Acquire()
	fmt.Println("True", s.Value())
	s.Acquire()
	fmt.Println("True", s.Value())
	fmt.Println(pyBool(s.TryAcquire()), s.Value())
	fmt.Println(pyBool(s.AcquireTimeout(10*time.Millisecond)), s.Value())
	s.Release()
	fmt.Println(s.Value())
	s.ReleaseN(3)
	fmt.Println(s.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
