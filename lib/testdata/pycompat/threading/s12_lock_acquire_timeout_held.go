package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	lock.Acquire()
	var res []string
	b := func(v bool) string {
		if v {
			return "True"
		}
		return "False"
	}
	tryIt := func() {
		res = append(res, b(lock.AcquireTimeout(20*time.Millisecond)))
		res = append(res, b(lock.TryAcquire()))
	}
	t := &threading.Thread{Target: tryIt}
	t.Start()
	t.Join()
	lock.Release()
	t = &threading.Thread{Target: tryIt}
	t.Start()
	t.Join()
	fmt.Println("["+strings.Join(res, ", ")+"]", b(lock.Locked()))
}
