package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var cond threading.Condition
var items []int
var waiting int

func consumer(n int) {
	cond.Acquire()
	defer cond.Release()
	for len(items) == 0 {
		waiting++
		cond.Wait()
		waiting--
	}
	fmt.Println("consumer", n, "got", items[0])
	items = items[1:]
}

func main() {
	var ts []*threading.Thread
	for i := range 3 {
		t := &threading.Thread{Target: func() { consumer(i) }}
		t.Start()
		ts = append(ts, t)
		// wait until the consumer waits
		for {
			cond.Acquire()
			w := waiting
			cond.Release()
			if w == i+1 {
				break
			}
			time.Sleep(time.Millisecond)
		}
	}
	for i := range 3 {
		cond.Acquire()
		items = append(items, i*10)
		cond.Notify(1)
		cond.Release()
		ts[i].Join()
	}
	fmt.Println("done")
}
