package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func quick(t time.Time) string { return pyBool(time.Since(t) < 500*time.Millisecond) }

func main() {
	neg := -time.Second
	l := multiprocessing.NewLock()
	fmt.Println(pyBool(l.AcquireTimeout(neg)))
	t := time.Now()
	r := l.AcquireTimeout(neg)
	fmt.Println("held, timeout=-1:", pyBool(r), quick(t))
	fmt.Println("block=False timeout=5:", pyBool(l.TryAcquire()))
	l.Release()
	rl := multiprocessing.NewRLock()
	fmt.Println("rlock -1:", pyBool(rl.AcquireTimeout(neg)))
	s := multiprocessing.NewSemaphore(0)
	t = time.Now()
	r = s.AcquireTimeout(neg)
	fmt.Println("sem -1:", pyBool(r), quick(t))
	e := multiprocessing.NewEvent()
	t = time.Now()
	r = e.WaitTimeout(neg)
	fmt.Println("event -1:", pyBool(r), quick(t))
	c := multiprocessing.NewCondition(nil)
	c.Acquire()
	t = time.Now()
	r = c.WaitTimeout(neg)
	fmt.Println("cond -1:", pyBool(r), quick(t))
	c.Release()
	q := multiprocessing.NewQueue()
	if _, err := q.GetTimeout(neg); errors.Is(err, multiprocessing.ErrEmpty) {
		fmt.Println("queue -1:", "Empty")
	}
	b := multiprocessing.NewBarrier(2)
	if _, err := b.WaitTimeout(neg); errors.Is(err, multiprocessing.ErrBrokenBarrier) {
		fmt.Println("barrier -1:", "BrokenBarrierError", pyBool(b.Broken()))
	}
}
