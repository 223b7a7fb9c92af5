package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var l threading.RLock
	c := threading.NewCondition(&l)
	var woken, ready []int
	var ts []*threading.Thread
	for i := range 4 {
		ts = append(ts, &threading.Thread{Target: func() {
			c.Acquire()
			ready = append(ready, i)
			c.WaitTimeout(30 * time.Second)
			woken = append(woken, i)
			c.Release()
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for {
		c.Acquire()
		n := len(ready)
		c.Release()
		if n == 4 {
			break
		}
	}
	c.Acquire()
	c.Notify(2)
	c.Release()
	for {
		c.Acquire()
		n := len(woken)
		c.Release()
		if n == 2 {
			break
		}
	}
	c.Acquire()
	fmt.Println(len(woken))
	c.Notify(0)
	c.NotifyAll()
	c.Release()
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(woken)
	fmt.Printf("[%d, %d, %d, %d]\n", woken[0], woken[1], woken[2], woken[3])
}
