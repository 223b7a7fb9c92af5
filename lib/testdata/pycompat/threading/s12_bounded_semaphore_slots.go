package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	slots := threading.NewBoundedSemaphore(2)
	a := slots.AcquireTimeout(time.Hour)
	b := slots.AcquireTimeout(time.Hour)
	fmt.Println(pyBool(a), pyBool(b), pyBool(slots.TryAcquire()))
	slots.Release()
	fmt.Println(slots.Value())
	slots.Release()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		slots.Release()
	}()
	fmt.Println(slots.Value(), pyBool(slots.AcquireTimeout(10*time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
