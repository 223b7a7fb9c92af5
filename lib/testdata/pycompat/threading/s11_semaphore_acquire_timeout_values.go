package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	sem := threading.NewSemaphore(1)
	a := sem.AcquireTimeout(10 * time.Millisecond)
	b := sem.AcquireTimeout(10 * time.Millisecond)
	c := sem.TryAcquire()
	fmt.Println(pyBool(a), pyBool(b), pyBool(c))
	releaser := threading.NewTimer(20*time.Millisecond, sem.Release)
	releaser.Start()
	fmt.Println(pyBool(sem.AcquireTimeout(10 * time.Second)))
	releaser.Join()
	fmt.Println(sem.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
