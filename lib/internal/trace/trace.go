// Package trace is the tracing seam of the gonotes concurrency library.
//
// Every primitive of lib/threading, lib/queue and lib/futures reports what it
// does (a thread starts, a lock is waited for, acquired, released, an item is
// put, ...) by calling [Emit] behind a single check of [Hook]: while no
// recorder is installed (the default), tracing costs one atomic pointer load.
// A recorder (for instance a timeline renderer) installs itself with
// [SetHook] and receives every [Event] synchronously, from the goroutine that
// caused it; it must therefore be fast and safe for concurrent use.
package trace

import (
	"sync/atomic"
	"time"
)

// Event is one thing a library primitive did.
type Event struct {
	// Time is when it happened.
	Time time.Time
	// G is the id of the goroutine that did it.
	G int64
	// Thread is the Python-style name of that goroutine's thread
	// ("MainThread", "worker 1", "Dummy-3"), filled in by the library.
	Thread string
	// Kind says what happened; see the Kind constants.
	Kind string
	// Obj names the object concerned, e.g. "Lock#2", "Queue#1",
	// "Thread worker 1".
	Obj string
	// Arg carries a detail of some kinds: the item put or got, the
	// arrival index at a barrier, a count.
	Arg any
}

// Kinds of events. "wait" events are emitted only when a call actually
// blocks; the matching "acquire"/"get"/"done" event ends the wait.
const (
	ThreadStart = "thread.start" // a thread's goroutine starts running its target
	ThreadEnd   = "thread.end"   // a thread's target returned or panicked

	LockWait    = "lock.wait"    // blocking in Acquire of a Lock or RLock
	LockAcquire = "lock.acquire" // a Lock or RLock was acquired (Arg: recursion level for RLock)
	LockRelease = "lock.release" // a Lock or RLock was released
	LockTimeout = "lock.timeout" // an Acquire gave up (timeout or interrupt)

	SemWait    = "sem.wait"    // blocking in Semaphore.Acquire
	SemAcquire = "sem.acquire" // a Semaphore was acquired (Arg: value left)
	SemRelease = "sem.release" // a Semaphore was released (Arg: value after)

	CondWait   = "cond.wait"   // Condition.Wait started (lock released)
	CondWake   = "cond.wake"   // Condition.Wait returned (Arg: true if notified)
	CondNotify = "cond.notify" // Condition.Notify (Arg: threads woken)

	EventWait = "event.wait" // blocking in Event.Wait
	EventWake = "event.wake" // Event.Wait returned (Arg: flag)
	EventSet  = "event.set"  // Event.Set
	EventClr  = "event.clear"

	BarrierWait = "barrier.wait" // Barrier.Wait arrived (Arg: arrival index)
	BarrierPass = "barrier.pass" // Barrier.Wait returned

	QueuePut      = "queue.put"       // an item was put (Arg: the item)
	QueueGet      = "queue.get"       // an item was got (Arg: the item)
	QueueWait     = "queue.wait"      // blocking in Get, Put or Join
	QueueTaskDone = "queue.task_done" // TaskDone (Arg: unfinished tasks left)

	FutureSubmit = "future.submit" // a task was submitted
	FutureRun    = "future.run"    // a worker started a task
	FutureDone   = "future.done"   // a task finished (Arg: error or nil)
	FutureWait   = "future.wait"   // blocking for a Future's result

	// ThreadJoin is emitted when Thread.Join (or another wait for a
	// thread's end) actually blocks; the joiner's next event ends the
	// wait. Obj names the joined thread ("Thread worker 1").
	ThreadJoin = "thread.join"

	// Sleep is emitted when a goroutine starts sleeping (a cell's
	// time.Sleep, threading.Sleep); Obj is "time.Sleep", Arg the
	// duration asked for. WaitDone (Obj "time.Sleep") ends it. A timeline
	// draws it as sleeping: neither running nor waiting for another thread.
	Sleep = "sleep"

	// WaitDone ends a wait that has no event of its own to end it: a
	// Queue.Join or Thread.Join that returned, a timed Acquire, Get, Put or
	// JoinTimeout that gave up. The waiter emits it; Obj is what it waited
	// for. (A timeline ends a goroutine's wait at that goroutine's next
	// event of any kind; without one, the wait would seem to last until
	// the goroutine does something traced again.)
	WaitDone = "wait.done"

	// Process events come from the parent (lib/multiprocessing): G and
	// Thread are the goroutine that started or reaped the child, Obj names
	// the process ("Process worker 1", the same string in both events)
	// and Arg is its PID (int) for ProcessStart and its exit code (int)
	// for ProcessEnd. A timeline draws one lane per process, keyed by Obj.
	ProcessStart = "process.start" // a child process started
	ProcessEnd   = "process.end"   // a child process exited and was reaped
)

var hook atomic.Pointer[func(Event)]

// SetHook installs fn as the recorder of every event, or removes the
// recorder when fn is nil. It returns the previous recorder (nil if none).
func SetHook(fn func(Event)) (prev func(Event)) {
	var p *func(Event)
	if fn != nil {
		p = &fn
	}
	if old := hook.Swap(p); old != nil {
		return *old
	}
	return nil
}

// On reports whether a recorder is installed. Library code writes
//
//	if trace.On() { trace.Emit(...) }
//
// so that building the event costs nothing while tracing is off.
func On() bool { return hook.Load() != nil }

// Emit sends e to the recorder, stamping e.Time if it is zero. It does
// nothing when no recorder is installed.
func Emit(e Event) {
	p := hook.Load()
	if p == nil {
		return
	}
	if e.Time.IsZero() {
		e.Time = now()
	}
	(*p)(e)
}

// epoch anchors now.
var epoch = time.Now()

// now returns the current time from a single monotonic clock reading:
// time.Now reads both the wall and the monotonic clock, which is a large
// part of an event's cost where reading a clock is slow.
func now() time.Time { return epoch.Add(time.Since(epoch)) }
