package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type sem interface {
	Acquire()
	Release()
	Value() int
}

func main() {
	s := threading.NewSemaphore(2)
	b := threading.NewBoundedSemaphore(1)
	for _, x := range []struct {
		sem  sem
		name string
	}{{s, "Semaphore"}, {b, "BoundedSemaphore"}} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					kind, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
					fmt.Println(x.name, "caught", kind, msg, "value", x.sem.Value())
				}
			}()
			x.sem.Acquire()
			defer x.sem.Release()
			fmt.Println(x.name, "inside, value", x.sem.Value())
			panic("KeyError: 'boom'")
		}()
	}
	fmt.Println(pyBool(s.TryAcquire()), pyBool(s.TryAcquire()), pyBool(s.TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
