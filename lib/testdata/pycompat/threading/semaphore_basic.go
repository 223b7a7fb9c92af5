package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := threading.NewSemaphore(2)
	s.Acquire()
	fmt.Println("True")
	fmt.Println(pyBool(s.TryAcquire()))
	fmt.Println(pyBool(s.TryAcquire()))
	fmt.Println(pyBool(s.AcquireTimeout(50 * time.Millisecond)))
	s.Release()
	fmt.Println(pyBool(s.AcquireTimeout(50 * time.Millisecond)))
	s.ReleaseN(2)
	fmt.Println(pyBool(s.TryAcquire()), pyBool(s.TryAcquire()), pyBool(s.TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
