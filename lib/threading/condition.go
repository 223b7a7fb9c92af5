package threading

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// Condition is a condition variable, as Python's threading.Condition: threads
// holding its lock Wait until another thread Notifies them. The zero value
// uses its own [RLock], as Python's Condition(); [NewCondition] shares a lock.
//
//	c := threading.NewCondition(nil)
//	c.Acquire()
//	for !ready {
//		c.Wait()
//	}
//	c.Release()
type Condition struct {
	// L is the lock; nil means the condition's own RLock. A *Lock or
	// *RLock gets Python's ownership checks; another sync.Locker is only
	// locked and unlocked. Set it before use.
	L sync.Locker
	// Name names the condition in traces; empty means "Condition#N".
	Name string

	own     RLock
	mu      sync.Mutex
	waiters waits.List
	id      atomic.Int64
	lbl     waits.LabelCache
}

// NewCondition returns a condition using lock (Python's Condition(lock));
// nil means a new RLock.
func NewCondition(lock sync.Locker) *Condition { return &Condition{L: lock} }

func (c *Condition) lock() sync.Locker {
	if c.L != nil {
		return c.L
	}
	return &c.own
}

// Acquire acquires the condition's lock.
func (c *Condition) Acquire() { c.lock().Lock() }

// Release releases the condition's lock.
func (c *Condition) Release() { c.lock().Unlock() }

// Lock is Acquire, for sync.Locker.
func (c *Condition) Lock() { c.Acquire() }

// Unlock is Release, for sync.Locker.
func (c *Condition) Unlock() { c.Release() }

// owned reports whether the caller holds the lock, as Python's
// Condition._is_owned: an RLock knows its owner; a plain Lock has none
// (any thread may release it), so, as in CPython, it counts as owned
// whenever it is locked, by whichever thread; lockers that cannot tell
// count as owned.
func owned(l sync.Locker) bool {
	switch l := l.(type) {
	case *Lock:
		return l.Locked()
	case *RLock:
		return l.owned()
	}
	return true
}

// releaseSave releases l entirely, returning what restore needs.
func releaseSave(l sync.Locker) int64 {
	if r, ok := l.(*RLock); ok {
		return r.releaseAll()
	}
	l.Unlock()
	return 0
}

func acquireRestore(l sync.Locker, n int64) {
	l.Lock()
	if r, ok := l.(*RLock); ok {
		r.count.Store(n)
	}
}

func tryRestore(l sync.Locker, n int64) {
	switch l := l.(type) {
	case *Lock:
		l.TryAcquire()
	case *RLock:
		if l.TryAcquire() {
			l.count.Store(n)
		}
	}
}

// Wait releases the lock, blocks until notified, and acquires the lock
// again. The caller must hold the lock, else it panics with "RuntimeError:
// cannot wait on un-acquired lock" (a plain Lock has no owner: as in
// CPython, it only has to be locked).
func (c *Condition) Wait() { c.wait(-1) }

// WaitTimeout is Wait giving up after d; it reports whether it was notified
// (false: timed out). The lock is held again either way.
func (c *Condition) WaitTimeout(d time.Duration) bool { return c.wait(max(d, 0)) }

func (c *Condition) wait(d time.Duration) bool {
	l := c.lock()
	if !owned(l) {
		panic(errors.New("RuntimeError: cannot wait on un-acquired lock"))
	}
	scope := hook.Current()
	w := waits.Get()
	defer waits.Put(w)
	c.mu.Lock()
	c.waiters.PushBack(w)
	c.mu.Unlock()
	saved := releaseSave(l)
	if trace.On() {
		waits.Emit(trace.CondWait, c.label(), nil)
	}
	timeout, stop := waits.Timer(d)
	if d < 0 {
		w.Rec = waits.Rec{G: hook.ThreadID(), Scope: scope}
		waits.Block(&w.Rec)
	}
	r := w.Park(scope.Done(), timeout)
	stop()
	if d < 0 {
		waits.Unblock(&w.Rec)
	}
	notified := r == waits.Woken
	if !notified {
		c.mu.Lock()
		if !c.waiters.Remove(w) {
			w.Drain() // notified as we gave up
			if r == waits.Interrupted {
				c.notifyLocked(1) // pass the notification on
			} else {
				notified = true
			}
		}
		c.mu.Unlock()
	}
	if r == waits.Interrupted {
		tryRestore(l, saved)
		panic(hook.KeyboardInterrupt)
	}
	acquireRestore(l, saved)
	if trace.On() {
		waits.Emit(trace.CondWake, c.label(), notified)
	}
	return notified
}

// WaitFor waits until pred returns true, checking it first and after each
// notification, and returns pred's last result (Python's wait_for). The
// caller must hold the lock.
func (c *Condition) WaitFor(pred func() bool) bool {
	for !pred() {
		c.Wait()
	}
	return true
}

// WaitForTimeout is WaitFor giving up after d; it returns pred's last
// result. As Python's wait_for(pred, timeout), it checks pred, then waits
// and checks again until pred is true or d has passed: a d of 0 or less
// still waits once without blocking (releasing the lock, so that another
// thread may run) and checks pred a second time.
func (c *Condition) WaitForTimeout(pred func() bool, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for first := true; !pred(); first = false {
		wait := d
		if !first {
			if wait = time.Until(deadline); wait <= 0 {
				return false
			}
		}
		c.WaitTimeout(wait)
	}
	return true
}

// Notify wakes up to n threads waiting on the condition, longest waiting
// first (Python's notify(n); notify() is Notify(1)). The caller must hold
// the lock, else it panics with "RuntimeError: cannot notify on un-acquired
// lock" (a plain Lock has no owner: as in CPython, it only has to be
// locked).
func (c *Condition) Notify(n int) {
	if !owned(c.lock()) {
		panic(errors.New("RuntimeError: cannot notify on un-acquired lock"))
	}
	c.mu.Lock()
	woken := c.notifyLocked(n)
	c.mu.Unlock()
	if trace.On() {
		waits.Emit(trace.CondNotify, c.label(), woken)
	}
}

// NotifyAll wakes every thread waiting on the condition (Python's
// notify_all).
func (c *Condition) NotifyAll() {
	if !owned(c.lock()) {
		panic(errors.New("RuntimeError: cannot notify on un-acquired lock"))
	}
	c.mu.Lock()
	woken := c.notifyLocked(c.waiters.Len())
	c.mu.Unlock()
	if trace.On() {
		waits.Emit(trace.CondNotify, c.label(), woken)
	}
}

func (c *Condition) notifyLocked(n int) int {
	woken := 0
	for ; woken < n; woken++ {
		w := c.waiters.PopFront()
		if w == nil {
			break
		}
		w.Wake()
	}
	return woken
}

// String returns Python's repr: the lock's repr and the number of waiters,
// e.g. "<Condition(<unlocked RLock#2 owner=0 count=0>, 0)>".
func (c *Condition) String() string {
	c.mu.Lock()
	n := c.waiters.Len()
	c.mu.Unlock()
	var lock string
	switch l := c.lock().(type) {
	case fmt.Stringer:
		lock = l.String()
	default:
		lock = fmt.Sprintf("<%T>", l)
	}
	return "<Condition(" + lock + ", " + strconv.Itoa(n) + ")>"
}

func (c *Condition) label() string { return c.lbl.Label("Condition", c.Name, &c.id) }
