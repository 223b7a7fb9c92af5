package threading

import (
	"errors"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

func TestConditionProducerConsumer(t *testing.T) {
	setup(t)
	c := NewCondition(nil)
	var items []int
	var got []int
	consumer := &Thread{Target: func() {
		for len(got) < 5 {
			c.Acquire()
			c.WaitFor(func() bool { return len(items) > 0 })
			got = append(got, items[0])
			items = items[1:]
			c.Release()
		}
	}}
	consumer.Start()
	for i := 0; i < 5; i++ {
		c.Acquire()
		items = append(items, i)
		c.Notify(1)
		c.Release()
	}
	consumer.Join()
	if !reflect.DeepEqual(got, []int{0, 1, 2, 3, 4}) {
		t.Fatalf("consumer got %v", got)
	}
}

func TestConditionNotifyCountsAndOrder(t *testing.T) {
	setup(t)
	var c Condition // zero value: its own RLock
	var order []int
	var mu sync.Mutex
	var ths []*Thread
	for i := 0; i < 4; i++ {
		i := i
		th := &Thread{Target: func() {
			c.Acquire()
			c.Wait()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			c.Release()
		}}
		th.Start()
		// Let each waiter park before the next, for a known order.
		waitBlocked(t, i+1)
		ths = append(ths, th)
	}
	c.Acquire()
	c.Notify(2)
	c.Release()
	eventually(t, "two woken", func() bool { mu.Lock(); defer mu.Unlock(); return len(order) == 2 })
	c.Acquire()
	c.NotifyAll()
	c.Release()
	for _, th := range ths {
		th.Join()
	}
	// Notify(2) woke the two longest waiters (in either order: they then
	// race for the lock).
	if len(order) != 4 || order[0]+order[1] != 1 {
		t.Fatalf("wake order %v: the longest waiters should go first", order)
	}
}

func TestConditionRequiresLock(t *testing.T) {
	setup(t)
	var lock Lock
	c := NewCondition(&lock)
	if got := panicMsg(catch(c.Wait)); got != "RuntimeError: cannot wait on un-acquired lock" {
		t.Fatalf("Wait without the lock panicked with %q", got)
	}
	if got := panicMsg(catch(func() { c.Notify(1) })); got != "RuntimeError: cannot notify on un-acquired lock" {
		t.Fatalf("Notify without the lock panicked with %q", got)
	}
	if got := panicMsg(catch(c.NotifyAll)); got != "RuntimeError: cannot notify on un-acquired lock" {
		t.Fatalf("NotifyAll without the lock panicked with %q", got)
	}
}

func TestConditionWaitTimeoutKeepsLock(t *testing.T) {
	setup(t)
	var r RLock
	c := NewCondition(&r)
	r.Acquire()
	r.Acquire() // recursion level 2 is restored after the wait
	if c.WaitTimeout(30 * time.Millisecond) {
		t.Fatal("WaitTimeout reported a notification")
	}
	if !r.Locked() || !r.owned() || r.count.Load() != 2 {
		t.Fatalf("after WaitTimeout: locked %v owned %v count %d", r.Locked(), r.owned(), r.count.Load())
	}
	if c.WaitForTimeout(func() bool { return false }, 30*time.Millisecond) {
		t.Fatal("WaitForTimeout of a false predicate returned true")
	}
	r.Release()
	r.Release()
	if r.Locked() {
		t.Fatal("still locked")
	}
}

func TestConditionWaitReleasesLock(t *testing.T) {
	setup(t)
	var lock Lock
	c := NewCondition(&lock)
	lock.Acquire()
	ready := false
	th := &Thread{Target: func() {
		lock.Acquire() // possible only while the main thread waits
		ready = true
		c.Notify(1)
		lock.Release()
	}}
	th.Start()
	c.WaitFor(func() bool { return ready })
	if lock.c.holder() != GetIdent() {
		t.Fatal("lock not held after Wait")
	}
	lock.Release()
	th.Join()
}

func TestConditionWaitInterrupted(t *testing.T) {
	setup(t)
	s, _, _ := cell(t)
	var lock Lock
	c := NewCondition(&lock)
	r := make(chan any)
	go in(s, func() {
		r <- catch(func() {
			c.Acquire()
			defer c.Release()
			c.Wait()
		})
	})
	waitBlocked(t, 1)
	s.Interrupt()
	if got := <-r; !hook.IsInterrupt(got) {
		t.Fatalf("interrupted Wait panicked with %v", got)
	}
	if lock.Locked() {
		t.Fatal("lock left held after the interrupted waiter unwound")
	}
}

func TestBarrier(t *testing.T) {
	setup(t)
	var actions atomic.Int32
	b := NewBarrier(3, func() { actions.Add(1) })
	var idx [3]atomic.Int32
	for round := 0; round < 2; round++ {
		var ths []*Thread
		for i := 0; i < 3; i++ {
			th := &Thread{Target: func() {
				n, err := b.Wait()
				if err != nil {
					t.Error(err)
					return
				}
				idx[n].Add(1)
			}}
			th.Start()
			ths = append(ths, th)
		}
		for _, th := range ths {
			th.Join()
		}
	}
	if actions.Load() != 2 {
		t.Fatalf("action ran %d times, want 2", actions.Load())
	}
	for i := range idx {
		if idx[i].Load() != 2 {
			t.Fatalf("index %d returned %d times, want 2 (once per round)", i, idx[i].Load())
		}
	}
	if b.Broken() || b.NWaiting() != 0 || b.Parties != 3 {
		t.Fatal("barrier state after two rounds")
	}
	// As CPython 3.11's Barrier(0): accepted, and no Wait is the last.
	z := NewBarrier(0, nil)
	if _, err := z.WaitTimeout(10 * time.Millisecond); err != ErrBrokenBarrier || !z.Broken() {
		t.Fatalf("NewBarrier(0).WaitTimeout returned %v (broken %v), want ErrBrokenBarrier", err, z.Broken())
	}
}

func TestBarrierBreakage(t *testing.T) {
	setup(t)
	// A timeout breaks the barrier for everyone.
	b := &Barrier{Parties: 3}
	errs := make(chan error, 2)
	th := &Thread{Target: func() { _, err := b.Wait(); errs <- err }}
	th.Start()
	waitBlocked(t, 1)
	if _, err := b.WaitTimeout(20 * time.Millisecond); err != ErrBrokenBarrier {
		t.Fatalf("timed-out Wait: %v", err)
	}
	if err := <-errs; err != ErrBrokenBarrier {
		t.Fatalf("other waiter: %v", err)
	}
	if !b.Broken() {
		t.Fatal("not broken")
	}
	if _, err := b.Wait(); err != ErrBrokenBarrier {
		t.Fatalf("Wait on a broken barrier: %v", err)
	}
	// Reset repairs it.
	b.Reset()
	if b.Broken() {
		t.Fatal("still broken after Reset")
	}
	// Abort releases waiters.
	th2 := &Thread{Target: func() { _, err := b.Wait(); errs <- err }}
	th2.Start()
	waitBlocked(t, 1)
	b.Abort()
	if err := <-errs; !errors.Is(err, ErrBrokenBarrier) {
		t.Fatalf("after Abort: %v", err)
	}
	// Reset while a thread waits: it gets the error, the barrier works again.
	b.Reset()
	th3 := &Thread{Target: func() { _, err := b.Wait(); errs <- err }}
	th3.Start()
	waitBlocked(t, 1)
	b.Reset()
	if err := <-errs; err != ErrBrokenBarrier {
		t.Fatalf("waiter during Reset: %v", err)
	}
	if b.Broken() {
		t.Fatal("broken after Reset")
	}
	// A panicking action breaks it.
	b2 := NewBarrier(2, func() { panic("action failed") })
	th4 := &Thread{Target: func() { _, err := b2.Wait(); errs <- err }}
	th4.Start()
	waitBlocked(t, 1)
	if r := catch(func() { b2.Wait() }); r != "action failed" {
		t.Fatalf("last arriver panicked with %v", r)
	}
	if err := <-errs; err != ErrBrokenBarrier {
		t.Fatalf("waiter of a failed action: %v", err)
	}
	if !strings.Contains(b2.String(), "broken") {
		t.Fatal(b2.String())
	}
}

func TestTimer(t *testing.T) {
	setup(t)
	fired := make(chan struct{})
	tm := NewTimer(10*time.Millisecond, func() { close(fired) })
	if !strings.HasPrefix(tm.String(), "<Timer(") {
		t.Fatal(tm.String())
	}
	tm.Start()
	<-fired
	tm.Join()
	if tm.IsAlive() {
		t.Fatal("timer alive after firing")
	}

	ran := atomic.Bool{}
	tm2 := NewTimer(time.Hour, func() { ran.Store(true) })
	tm2.Start()
	tm2.Cancel()
	tm2.Join()
	if ran.Load() {
		t.Fatal("cancelled timer fired")
	}
	if catch(tm2.Start) == nil {
		t.Fatal("timer started twice")
	}
}

// TestConditionPlainLockOwnedByAnyHolder: as CPython's Condition._is_owned,
// a Condition over a plain Lock (which has no owner) accepts a Notify from
// any thread while the lock is held, and refuses it when the lock is free;
// over an RLock only the owner may notify.
func TestConditionPlainLockOwnedByAnyHolder(t *testing.T) {
	setup(t)
	var lock Lock
	c := NewCondition(&lock)
	var r RLock
	rc := NewCondition(&r)
	lock.Acquire()
	r.Acquire()
	got := make(chan [2]string, 1)
	th := &Thread{Target: func() {
		got <- [2]string{panicMsg(catch(func() { c.Notify(1) })), panicMsg(catch(func() { rc.Notify(1) }))}
	}}
	th.Start()
	th.Join()
	g := <-got
	if g[0] != "" {
		t.Errorf("Notify from another thread while the Lock is held panicked with %q", g[0])
	}
	if g[1] != "RuntimeError: cannot notify on un-acquired lock" {
		t.Errorf("Notify from another thread than the RLock's owner: panic %q", g[1])
	}
	lock.Release()
	r.Release()
}
