package threading

import (
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/internal/waits"
)

// fastWatcher makes the deadlock watcher tick every 20 ms for the test.
func fastWatcher(t *testing.T) {
	old := waits.SetInterval(20 * time.Millisecond)
	t.Cleanup(func() { waits.SetInterval(old) })
}

// ticks waits for n watcher intervals.
func ticks(n int) { time.Sleep(time.Duration(n) * 20 * time.Millisecond) }

func TestDeadlockTwoLocksNamed(t *testing.T) {
	setup(t)
	fastWatcher(t)
	s, _, stderr := cell(t)
	var lock1, lock2 Lock
	var both Barrier
	both.Parties = 2
	t1 := &Thread{Name: "스레드 1", Target: func() {
		lock1.Acquire()
		both.Wait()
		lock2.Acquire()
	}}
	t2 := &Thread{Name: "스레드 2", Target: func() {
		lock2.Acquire()
		both.Wait()
		lock1.Acquire()
	}}
	in(s, func() {
		lock1.Acquire() // number the locks in program order
		lock1.Release()
		lock2.Acquire()
		lock2.Release()
		t1.Start()
		t2.Start()
	})
	eventually(t, "a deadlock report", func() bool { return strings.Contains(stderr.String(), "deadlock") })
	want := `deadlock: "스레드 1" waits for Lock#2 held by "스레드 2"; "스레드 2" waits for Lock#1 held by "스레드 1"` + "\n"
	if got := stderr.String(); got != want {
		t.Fatalf("report = %q\nwant     %q", got, want)
	}
	// The threads stay blocked, and the cycle is reported once.
	ticks(10)
	if !t1.IsAlive() || !t2.IsAlive() {
		t.Fatal("deadlocked threads ended")
	}
	if n := strings.Count(stderr.String(), "deadlock"); n != 1 {
		t.Fatalf("reported %d times", n)
	}
	s.Interrupt()
	t1.Join()
	t2.Join()
}

func TestDeadlockSelfAcquire(t *testing.T) {
	setup(t)
	fastWatcher(t)
	s, _, stderr := cell(t)
	mu := Lock{Name: "accounts"}
	th := &Thread{Name: "self", Target: func() {
		mu.Acquire()
		mu.Acquire()
	}}
	in(s, th.Start)
	eventually(t, "a deadlock report", func() bool { return strings.Contains(stderr.String(), "deadlock") })
	want := `deadlock: "self" waits for Lock "accounts" held by "self" (a Lock is not reentrant: use an RLock to acquire it again)` + "\n"
	if got := stderr.String(); got != want {
		t.Fatalf("report = %q\nwant     %q", got, want)
	}
	s.Interrupt()
	th.Join()
}

func TestDeadlockJoinCycleAndRLocks(t *testing.T) {
	setup(t)
	fastWatcher(t)
	s, _, stderr := cell(t)
	var a, b *Thread
	ready := make(chan struct{})
	a = &Thread{Name: "A", Target: func() { <-ready; b.Join() }}
	b = &Thread{Name: "B", Target: func() { <-ready; a.Join() }}
	in(s, func() { a.Start(); b.Start() })
	close(ready)
	eventually(t, "a join deadlock report", func() bool { return strings.Contains(stderr.String(), "deadlock") })
	if got, want := stderr.String(), `deadlock: "A" joins "B"; "B" joins "A"`+"\n"; got != want {
		t.Fatalf("report = %q\nwant     %q", got, want)
	}
	s.Interrupt()
	a.Join()
	b.Join()

	// RLocks: reported even while another thread runs, since only the
	// owner can release an RLock.
	s2, _, stderr2 := cell(t)
	var r1, r2 RLock
	var both Barrier
	both.Parties = 2
	var stop Event
	busy := &Thread{Name: "busy", Target: func() {
		for !stop.IsSet() {
			time.Sleep(time.Millisecond)
		}
	}}
	x := &Thread{Name: "x", Target: func() { r1.Acquire(); both.Wait(); r2.Acquire() }}
	y := &Thread{Name: "y", Target: func() { r2.Acquire(); both.Wait(); r1.Acquire() }}
	in(s2, func() { busy.Start(); x.Start(); y.Start() })
	eventually(t, "an RLock deadlock report", func() bool { return strings.Contains(stderr2.String(), "deadlock") })
	if got := stderr2.String(); !strings.Contains(got, `"x" waits for RLock#`) || !strings.Contains(got, `"y" waits for RLock#`) {
		t.Fatalf("report = %q", got)
	}
	stop.Set()
	s2.Interrupt()
	JoinAll()
}

func TestNoFalseReportForLiveWaits(t *testing.T) {
	setup(t)
	fastWatcher(t)
	s, _, stderr := cell(t)
	// A thread waits long for a lock held by a sleeping thread.
	var mu Lock
	held := make(chan struct{})
	sleeper := &Thread{Name: "sleeper", Target: func() {
		mu.Acquire()
		close(held)
		time.Sleep(400 * time.Millisecond) // 20 watcher ticks
		mu.Release()
	}}
	waiter := &Thread{Name: "waiter", Target: func() { <-held; mu.Acquire(); mu.Release() }}
	// A Lock used as a signal: acquired twice by one thread, released by
	// another that is still working.
	var signal Lock
	worker := &Thread{Name: "worker", Target: func() {
		time.Sleep(400 * time.Millisecond)
		signal.Release()
	}}
	self := &Thread{Name: "self", Target: func() {
		signal.Acquire()
		worker.Start()
		signal.Acquire() // waits for worker's release
		signal.Release()
	}}
	in(s, func() {
		sleeper.Start()
		waiter.Start()
		self.Start()
	})
	sleeper.Join()
	waiter.Join()
	self.Join()
	worker.Join()
	if got := stderr.String(); got != "" {
		t.Fatalf("false report: %q", got)
	}
}
