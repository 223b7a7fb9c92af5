package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	slots := threading.NewBoundedSemaphore(2)
	var got []string
	for range 3 {
		got = append(got, pyBool(slots.AcquireTimeout(10*time.Millisecond)))
	}
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	slots.Release()
	fmt.Println(pyBool(slots.TryAcquire()), pyBool(slots.TryAcquire()))
	slots.Release()
	slots.Release()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(strings.TrimPrefix(fmt.Sprint(r), "ValueError: "))
			}
		}()
		slots.Release()
	}()
	slots.Acquire()
	slots.Acquire()
	fmt.Println(pyBool(slots.AcquireTimeout(0)))
	slots.Release()
	slots.Release()
	fmt.Println(slots.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
