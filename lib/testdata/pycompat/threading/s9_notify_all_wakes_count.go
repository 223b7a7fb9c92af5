package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var c = threading.NewCondition(nil)
var ready, woke []int

func waiter(i int) {
	c.Acquire()
	ready = append(ready, i)
	c.Wait()
	woke = append(woke, i)
	c.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for {
		c.Acquire()
		if len(ready) == 4 {
			c.NotifyAll()
			c.Release()
			break
		}
		c.Release()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(woke)
	fmt.Printf("[%d, %d, %d, %d]\n", woke[0], woke[1], woke[2], woke[3])
}
