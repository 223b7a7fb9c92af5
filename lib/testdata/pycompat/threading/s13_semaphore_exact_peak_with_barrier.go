package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	sem := threading.NewSemaphore(2)
	pair := threading.NewBarrier(2, nil)
	var lock threading.Lock
	inside, peak := 0, 0
	worker := func() {
		sem.Acquire()
		defer sem.Release()
		lock.Acquire()
		inside++
		peak = max(peak, inside)
		lock.Release()
		pair.Wait()
		lock.Acquire()
		inside--
		lock.Release()
	}
	var ts []*threading.Thread
	for range 6 {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("peak", peak, "inside", inside, "value", sem.Value(), "barrier broken", map[bool]string{true: "True", false: "False"}[pair.Broken()])
}
