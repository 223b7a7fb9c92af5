package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var l threading.Lock
var held, done threading.Event

func holder() {
	l.Acquire()
	held.Set()
	done.Wait()
	l.Release()
}

func main() {
	t := &threading.Thread{Target: holder}
	t.Start()
	held.Wait()
	fmt.Println(pyBool(l.AcquireTimeout(50*time.Millisecond)), pyBool(l.TryAcquire()), pyBool(l.Locked()))
	done.Set()
	t.Join()
	fmt.Println(pyBool(l.AcquireTimeout(time.Second)), pyBool(l.Locked()))
	l.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
