package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := threading.NewSemaphore(0)
	fmt.Println(pyBool(s.TryAcquire()), pyBool(s.AcquireTimeout(0)), pyBool(s.AcquireTimeout(10*time.Millisecond)))
	s.Release()
	fmt.Println(pyBool(s.TryAcquire()), pyBool(s.TryAcquire()))
	b := threading.NewBoundedSemaphore(1)
	fmt.Println(pyBool(b.AcquireTimeout(0)), pyBool(b.AcquireTimeout(10*time.Millisecond)))
	b.Release()
	fmt.Println(pyBool(b.TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
