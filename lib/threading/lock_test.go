package threading

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

func panicMsg(r any) string {
	if err, ok := r.(error); ok {
		return err.Error()
	}
	return ""
}

func TestLockMutualExclusion(t *testing.T) {
	setup(t)
	var mu Lock
	counter := 0
	var ths []*Thread
	for i := 0; i < 4; i++ {
		th := &Thread{Target: func() {
			for j := 0; j < 2000; j++ {
				mu.Acquire()
				counter++
				mu.Release()
			}
		}}
		th.Start()
		ths = append(ths, th)
	}
	for _, th := range ths {
		th.Join()
	}
	if counter != 8000 {
		t.Fatalf("counter = %d, want 8000", counter)
	}
	if mu.Locked() {
		t.Fatal("lock still locked")
	}
}

func TestLockIsSyncLocker(t *testing.T) {
	var _ sync.Locker = &Lock{}
	var _ sync.Locker = &RLock{}
	var _ sync.Locker = &Semaphore{}
}

func TestReleaseUnlockedLockPanics(t *testing.T) {
	setup(t)
	var mu Lock
	if got := panicMsg(catch(mu.Release)); got != "RuntimeError: release unlocked lock" {
		t.Fatalf("Release of an unlocked lock panicked with %q", got)
	}
}

func TestLockReleasedByAnotherThread(t *testing.T) {
	setup(t)
	var mu Lock
	mu.Acquire()
	th := &Thread{Target: mu.Release}
	th.Start()
	th.Join()
	if mu.Locked() {
		t.Fatal("lock released by another thread is still locked")
	}
}

func TestLockTryAndTimeout(t *testing.T) {
	setup(t)
	var mu Lock
	if !mu.TryAcquire() || !mu.Locked() {
		t.Fatal("TryAcquire of a free lock failed")
	}
	if mu.TryAcquire() {
		t.Fatal("TryAcquire of a held lock succeeded")
	}
	start := time.Now()
	if mu.AcquireTimeout(50 * time.Millisecond) {
		t.Fatal("AcquireTimeout of a held lock succeeded")
	}
	if time.Since(start) < 50*time.Millisecond {
		t.Error("AcquireTimeout returned before its timeout")
	}
	// A waiter with a timeout gets the lock when it is released in time.
	got := make(chan bool)
	th := &Thread{Target: func() { got <- mu.AcquireTimeout(time.Minute) }}
	th.Start()
	time.Sleep(10 * time.Millisecond)
	mu.Release()
	if !<-got {
		t.Fatal("AcquireTimeout did not get a released lock")
	}
	th.Join()
	if !mu.Locked() {
		t.Fatal("lock not held after AcquireTimeout succeeded")
	}
	mu.Release()
	if !mu.AcquireTimeout(0) {
		t.Fatal("AcquireTimeout(0) of a free lock failed")
	}
}

func TestLockWaitersAllServed(t *testing.T) {
	setup(t)
	var mu Lock
	mu.Acquire()
	var n atomic.Int32
	var ths []*Thread
	for i := 0; i < 5; i++ {
		th := &Thread{Target: func() { mu.Acquire(); n.Add(1); mu.Release() }}
		th.Start()
		ths = append(ths, th)
	}
	waitBlocked(t, 5)
	mu.Release()
	for _, th := range ths {
		th.Join()
	}
	if n.Load() != 5 {
		t.Fatalf("%d of 5 waiters got the lock", n.Load())
	}
}

func TestLockAcquireIsInterruptible(t *testing.T) {
	setup(t)
	s, _, _ := cell(t)
	var mu Lock
	mu.Acquire()
	r := make(chan any)
	go in(s, func() { r <- catch(mu.Acquire) })
	go in(s, func() { r <- catch(func() { mu.AcquireTimeout(time.Hour) }) })
	waitBlocked(t, 1)
	time.Sleep(20 * time.Millisecond) // let the timed waiter park too
	s.Interrupt()
	for i := 0; i < 2; i++ {
		if got := <-r; !hook.IsInterrupt(got) {
			t.Fatalf("interrupted Acquire panicked with %v", got)
		}
	}
	// The lock is intact: still held, then free for others.
	if !mu.Locked() {
		t.Fatal("lock lost")
	}
	mu.Release()
	if !mu.TryAcquire() {
		t.Fatal("lock not acquirable after interrupted waiters left")
	}
}

func TestReleaseWhileUnwindingInterruptIsQuiet(t *testing.T) {
	setup(t)
	s, _, _ := cell(t)
	var mu Lock
	mu.Acquire()
	r := make(chan any)
	go in(s, func() {
		r <- catch(func() {
			defer mu.Release() // runs although Acquire failed
			mu.Acquire()
		})
	})
	waitBlocked(t, 1)
	s.Interrupt()
	if got := <-r; !hook.IsInterrupt(got) {
		t.Fatalf("got %v, want KeyboardInterrupt", got)
	}
}

func TestRLock(t *testing.T) {
	setup(t)
	var r RLock
	r.Acquire()
	r.Acquire()
	if !r.TryAcquire() {
		t.Fatal("owner could not re-acquire")
	}
	got := make(chan bool)
	th := &Thread{Target: func() {
		got <- r.TryAcquire()
		got <- panicMsg(catch(r.Release)) == "RuntimeError: cannot release un-acquired lock"
	}}
	th.Start()
	if <-got {
		t.Fatal("another thread acquired a held RLock")
	}
	if !<-got {
		t.Fatal("release by a non-owner did not panic")
	}
	th.Join()
	r.Release()
	r.Release()
	if !r.Locked() {
		t.Fatal("RLock unlocked before the last Release")
	}
	r.Release()
	if r.Locked() {
		t.Fatal("RLock still locked after the last Release")
	}
	if got := panicMsg(catch(r.Release)); got != "RuntimeError: cannot release un-acquired lock" {
		t.Fatalf("extra Release panicked with %q", got)
	}
	// Another thread waits, then gets it.
	r.Acquire()
	th2 := &Thread{Target: func() { r.Acquire(); r.Release() }}
	th2.Start()
	waitBlocked(t, 1)
	r.Release()
	th2.Join()
}

func TestSemaphore(t *testing.T) {
	setup(t)
	if got := panicMsg(catch(func() { NewSemaphore(-1) })); got != "ValueError: semaphore initial value must be >= 0" {
		t.Fatalf("NewSemaphore(-1) panicked with %q", got)
	}
	var zero Semaphore
	if zero.Value() != 1 || !zero.TryAcquire() || zero.TryAcquire() {
		t.Fatal("zero Semaphore does not have value 1")
	}
	sem := NewSemaphore(3)
	var inside, most atomic.Int32
	var ths []*Thread
	for i := 0; i < 10; i++ {
		th := &Thread{Target: func() {
			sem.Acquire()
			n := inside.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			inside.Add(-1)
			sem.Release()
		}}
		th.Start()
		ths = append(ths, th)
	}
	for _, th := range ths {
		th.Join()
	}
	if most.Load() > 3 || most.Load() < 1 {
		t.Fatalf("%d threads inside a Semaphore(3)", most.Load())
	}
	if sem.Value() != 3 {
		t.Fatalf("value %d after all released, want 3", sem.Value())
	}
	// Release is not bounded.
	sem.ReleaseN(2)
	if sem.Value() != 5 {
		t.Fatalf("value %d, want 5", sem.Value())
	}
}

func TestSemaphoreTimeoutAndReleaseN(t *testing.T) {
	setup(t)
	sem := NewSemaphore(0)
	if sem.AcquireTimeout(50 * time.Millisecond) {
		t.Fatal("AcquireTimeout on value 0 succeeded")
	}
	var got atomic.Int32
	var ths []*Thread
	for i := 0; i < 3; i++ {
		th := &Thread{Target: func() { sem.Acquire(); got.Add(1) }}
		th.Start()
		ths = append(ths, th)
	}
	waitBlocked(t, 3)
	sem.ReleaseN(2)
	eventually(t, "two acquires", func() bool { return got.Load() == 2 })
	sem.Release()
	for _, th := range ths {
		th.Join()
	}
	if sem.Value() != 0 {
		t.Fatalf("value %d, want 0", sem.Value())
	}
}

func TestBoundedSemaphore(t *testing.T) {
	setup(t)
	b := NewBoundedSemaphore(2)
	b.Acquire()
	b.Release()
	if got := panicMsg(catch(b.Release)); got != "ValueError: Semaphore released too many times" {
		t.Fatalf("over-release panicked with %q", got)
	}
	if b.Value() != 2 {
		t.Fatalf("value %d after a refused release, want 2", b.Value())
	}
	var zero BoundedSemaphore
	zero.Acquire()
	zero.Release()
	if catch(zero.Release) == nil {
		t.Fatal("zero BoundedSemaphore released above 1")
	}
}

func TestEvent(t *testing.T) {
	setup(t)
	var e Event
	if e.IsSet() || e.WaitTimeout(20*time.Millisecond) {
		t.Fatal("zero Event is set")
	}
	var woke atomic.Int32
	var ths []*Thread
	for i := 0; i < 3; i++ {
		th := &Thread{Target: func() { e.Wait(); woke.Add(1) }}
		th.Start()
		ths = append(ths, th)
	}
	waitBlocked(t, 3)
	e.Set()
	for _, th := range ths {
		th.Join()
	}
	if woke.Load() != 3 || !e.IsSet() || !e.WaitTimeout(0) {
		t.Fatal("Set did not wake every waiter")
	}
	e.Clear()
	if e.IsSet() || e.WaitTimeout(10*time.Millisecond) {
		t.Fatal("Clear did not clear")
	}
}

func TestAcquireTimeoutNegative(t *testing.T) {
	setup(t)
	var l Lock
	var r RLock
	for _, d := range []time.Duration{-2 * time.Second, -time.Millisecond} {
		if p := catch(func() { l.AcquireTimeout(d) }); panicMsg(p) != "ValueError: timeout value must be positive" {
			t.Errorf("Lock.AcquireTimeout(%v) panicked with %v, want Python's ValueError", d, p)
		}
		if p := catch(func() { r.AcquireTimeout(d) }); panicMsg(p) != "ValueError: timeout value must be positive" {
			t.Errorf("RLock.AcquireTimeout(%v) panicked with %v, want Python's ValueError", d, p)
		}
	}
	if l.Locked() || r.Locked() {
		t.Fatal("a refused timeout acquired the lock")
	}
	// -1s is Python's timeout=-1: no timeout, so it waits for the holder.
	l.Acquire()
	got := make(chan bool)
	th := &Thread{Target: func() { got <- l.AcquireTimeout(-time.Second) }}
	th.Start()
	waitBlocked(t, 1)
	l.Release()
	if !<-got {
		t.Error("AcquireTimeout(-1s) returned false, want it to wait and acquire")
	}
	th.Join()
	if !r.AcquireTimeout(-time.Second) || !r.AcquireTimeout(-time.Second) {
		t.Error("RLock.AcquireTimeout(-1s) failed for a free lock and its owner")
	}
}
