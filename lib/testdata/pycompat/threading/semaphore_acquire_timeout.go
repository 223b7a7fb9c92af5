package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := threading.NewSemaphore(0)
	fmt.Println(pyBool(s.AcquireTimeout(10*time.Millisecond)), pyBool(s.TryAcquire()), s.Value())
	s.Release()
	v := s.Value()
	ok := s.AcquireTimeout(time.Second)
	fmt.Println(v, pyBool(ok), s.Value())
	s.ReleaseN(3)
	v = s.Value()
	ok = s.TryAcquire()
	fmt.Println(v, pyBool(ok), s.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
