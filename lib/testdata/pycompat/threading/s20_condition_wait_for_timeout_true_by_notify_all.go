package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var l threading.Lock
	c := threading.NewCondition(&l)
	n := 0
	calls := 0
	pred := func() bool {
		calls++
		return n >= 3
	}
	bump := func() {
		for i := 0; i < 3; i++ {
			time.Sleep(20 * time.Millisecond)
			c.Acquire()
			n++
			c.NotifyAll()
			c.Release()
		}
	}
	t := &threading.Thread{Target: bump}
	c.Acquire()
	t.Start()
	r := c.WaitForTimeout(pred, 30*time.Second)
	fmt.Println(pb(r), n, pb(calls >= 2))
	c.Release()
	t.Join()
	c.Acquire()
	fmt.Println(pb(c.WaitForTimeout(pred, 0)), pb(c.WaitForTimeout(func() bool { return false }, 10*time.Millisecond)))
	c.Release()
}
