package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type Counter struct {
	threading.Lock
	cond *threading.Condition
	n    int
}

func NewCounter() *Counter {
	c := &Counter{}
	c.cond = threading.NewCondition(&c.Lock)
	return c
}

func (c *Counter) Incr() {
	c.Acquire()
	defer c.Release()
	c.n++
	c.cond.NotifyAll()
}

func (c *Counter) WaitFor(target int) bool {
	c.cond.Acquire()
	defer c.cond.Release()
	return c.cond.WaitForTimeout(func() bool { return c.n >= target }, 30*time.Second)
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	c := NewCounter()
	var ts []*threading.Thread
	for i := 0; i < 20; i++ {
		ts = append(ts, &threading.Thread{Target: c.Incr})
	}
	for _, t := range ts {
		t.Start()
	}
	fmt.Println(pb(c.WaitFor(20)), c.n)
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(pb(c.Locked()), c.n)
}
