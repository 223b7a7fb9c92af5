package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := threading.NewSemaphore(1)
	s.Acquire()
	fmt.Println(pyBool(s.TryAcquire()))
	t := &threading.Thread{Target: s.Release}
	t.Start()
	t.Join()
	fmt.Println(pyBool(s.TryAcquire()), s.Value())
	t = &threading.Thread{Target: func() { s.ReleaseN(2) }}
	t.Start()
	t.Join()
	fmt.Println(s.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
