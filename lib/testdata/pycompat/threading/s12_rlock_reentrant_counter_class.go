package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type Counter struct {
	lock threading.RLock
	n    int
}

func (c *Counter) inc() {
	c.lock.Acquire()
	defer c.lock.Release()
	c.n++
}

func (c *Counter) incTwice() {
	c.lock.Acquire()
	defer c.lock.Release()
	c.inc()
	c.inc()
}

func main() {
	c := &Counter{}
	var ts []*threading.Thread
	for range 8 {
		ts = append(ts, &threading.Thread{Target: c.incTwice})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(c.n, pyBool(c.lock.TryAcquire()), pyBool(c.lock.TryAcquire()))
	c.lock.Release()
	c.lock.Release()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	c.lock.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
