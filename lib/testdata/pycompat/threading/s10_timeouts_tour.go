package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

const d = 10 * time.Millisecond

func main() {
	var lock threading.Lock
	lock.Acquire()
	fmt.Println("Lock.acquire", pyBool(lock.AcquireTimeout(d)))
	var ev threading.Event
	fmt.Println("Event.wait", pyBool(ev.WaitTimeout(d)))
	c := threading.NewCondition(nil)
	c.Acquire()
	fmt.Println("Condition.wait", pyBool(c.WaitTimeout(d)))
	fmt.Println("Condition.wait_for", pyBool(c.WaitForTimeout(func() bool { return false }, d)))
	c.Release()
	fmt.Println("Semaphore.acquire", pyBool(threading.NewSemaphore(0).AcquireTimeout(d)))
	if _, err := threading.NewBarrier(2, nil).WaitTimeout(d); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("Barrier.wait", "BrokenBarrierError")
	}
	if _, err := queue.New(0).GetTimeout(d); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Queue.get", "Empty")
	}
	q := queue.New(1)
	q.Put(0)
	if err := q.PutTimeout(1, d); errors.Is(err, queue.ErrFull) {
		fmt.Println("Queue.put", "Full")
	}
	var gate threading.Event
	t := &threading.Thread{Target: gate.Wait}
	t.Start()
	t.JoinTimeout(d)
	fmt.Println("Thread.join", "None", pyBool(t.IsAlive()))
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.SubmitFunc(gate.Wait)
	if _, err := f.ResultTimeout(d); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("Future.result", "TimeoutError")
	}
	ch, errf := futures.AsCompletedTimeout([]*futures.Future{f}, d)
	for range ch {
	}
	if err := errf(); err != nil {
		fmt.Println("as_completed", err.Error()[len("TimeoutError: "):])
	}
	gate.Set()
	ex.Shutdown(true, false)
	t.Join()
	lock.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
