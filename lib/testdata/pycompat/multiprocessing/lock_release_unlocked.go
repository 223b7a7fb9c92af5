package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	lock := multiprocessing.NewLock()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		lock.Release()
	}()
	fmt.Println(pyBool(lock.TryAcquire()), pyBool(lock.TryAcquire()))
	fmt.Println(pyBool(lock.AcquireTimeout(50 * time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
