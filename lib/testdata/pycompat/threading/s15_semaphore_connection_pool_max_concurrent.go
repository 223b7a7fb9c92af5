package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	pool         = threading.NewBoundedSemaphore(3)
	active, peak int
	lock         threading.Lock
	allIn        = threading.NewBarrier(3, nil)
)

func useConnection(i int) {
	pool.Acquire()
	defer pool.Release()
	lock.Acquire()
	active++
	peak = max(peak, active)
	lock.Release()
	if i < 3 {
		allIn.WaitTimeout(10 * time.Second)
	}
	lock.Acquire()
	active--
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 8; i++ {
		ts = append(ts, &threading.Thread{Target: func() { useConnection(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(peak, active, pool.Value())
}
