package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var sem = threading.NewSemaphore(3)
var lock threading.Lock
var active, peak int

func use(i int) {
	sem.Acquire()
	lock.Acquire()
	active++
	peak = max(peak, active)
	lock.Release()
	time.Sleep(10 * time.Millisecond)
	lock.Acquire()
	active--
	lock.Release()
	sem.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 10; i++ {
		ts = append(ts, &threading.Thread{Target: func() { use(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("peak", peak, "active", active, "value", sem.Value())
}
