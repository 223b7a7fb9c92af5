package main

import (
	"fmt"
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
	sem := threading.NewSemaphore(2)
	a1, a2, a3 := sem.TryAcquire(), sem.TryAcquire(), sem.TryAcquire()
	fmt.Printf("[%s, %s, %s]\n", py(a1), py(a2), py(a3))
	sem.Release()
	b1 := sem.TryAcquire()
	b2 := sem.TryAcquire()
	fmt.Println(py(b1), py(b2))
	sem.ReleaseN(2)
	c1 := sem.AcquireTimeout(0)
	c2 := sem.AcquireTimeout(50 * time.Millisecond)
	c3 := sem.AcquireTimeout(50 * time.Millisecond)
	fmt.Println(py(c1), py(c2), py(c3))
	b := threading.NewBoundedSemaphore(1)
	d1 := b.TryAcquire()
	d2 := b.TryAcquire()
	fmt.Println(py(d1), py(d2))
	b.Release()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		b.Release()
	}()
}
