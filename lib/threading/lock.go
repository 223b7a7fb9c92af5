package threading

import (
	"errors"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// lockCore is a mutual-exclusion lock that records its owner's goroutine id,
// whose waits can be interrupted and time out. The fast path is one
// compare-and-swap and one store; only a blocking acquire touches the waiter
// list, the wait graph and the interrupt channel.
type lockCore struct {
	state atomic.Int64 // 0 unlocked, else the owner's goroutine id
	waitq
}

func (c *lockCore) tryAcquire(g int64) bool { return c.state.CompareAndSwap(0, g) }

// acquireSlow blocks until the lock is acquired by g, d passes (d < 0:
// never), or the caller's cell is interrupted (panic). obj names the lock in
// the wait graph.
func (c *lockCore) acquireSlow(g int64, d time.Duration, obj waits.Object, loose bool, name func() string) bool {
	try := func() bool { return c.tryAcquire(g) }
	return c.block(try, d, waits.Rec{G: g, Obj: obj, Loose: loose}, &lockWait, name)
}

// release unlocks; it reports false if the lock was not locked.
func (c *lockCore) release() bool {
	for {
		s := c.state.Load()
		if s == 0 {
			return false
		}
		if c.state.CompareAndSwap(s, 0) {
			break
		}
	}
	if c.nwait.Load() > 0 {
		c.mu.Lock()
		c.wakeLocked(1)
		c.mu.Unlock()
	}
	return true
}

func (c *lockCore) holder() int64 { return c.state.Load() }

// interrupted reports whether the caller's cell was interrupted: a release
// of an unlocked lock while the stack unwinds from KeyboardInterrupt (a
// deferred Release after an interrupted Acquire) is then ignored, so that it
// does not hide the interrupt.
func interrupted() bool { return hook.Current().Interrupted() }

// Lock is a primitive lock, as Python's threading.Lock: not reentrant, and
// releasable by any thread. The zero value is unlocked. It is a
// sync.Locker (Lock and Unlock).
type Lock struct {
	// Name names the lock in deadlock reports and traces; empty means
	// "Lock#N".
	Name string

	c   lockCore
	id  atomic.Int64
	lbl waits.LabelCache
}

// Acquire blocks until the lock is acquired (Python's acquire()).
func (l *Lock) Acquire() {
	if l.c.state.CompareAndSwap(0, hook.ThreadID()) {
		if l.id.Load() == 0 {
			waits.Number("Lock", &l.id) // number locks in order of first use
		}
		if trace.On() {
			emit(trace.LockAcquire, l.label(), nil)
		}
		return
	}
	l.acquireSlow(-1)
}

// AcquireTimeout waits at most d for the lock and reports whether it was
// acquired (Python's acquire(timeout=d)); d == 0 only tries. As in Python,
// whose timeout=-1 means no timeout, d == -time.Second waits as long as it
// takes, and any other negative d panics with "ValueError: timeout value
// must be positive".
func (l *Lock) AcquireTimeout(d time.Duration) bool {
	d = lockTimeout(d)
	if l.c.state.CompareAndSwap(0, hook.ThreadID()) {
		if trace.On() {
			emit(trace.LockAcquire, l.label(), nil)
		}
		return true
	}
	return l.acquireSlow(d)
}

// lockTimeout checks the timeout of a Lock or RLock acquire as Python's
// _thread locks do, and returns it in the form of acquireSlow (-1: none).
func lockTimeout(d time.Duration) time.Duration {
	switch {
	case d == -time.Second:
		return -1
	case d < 0:
		panic(errors.New("ValueError: timeout value must be positive"))
	}
	return d
}

// TryAcquire acquires the lock if it is free and reports whether it did
// (Python's acquire(blocking=False)).
func (l *Lock) TryAcquire() bool {
	if !l.c.tryAcquire(hook.ThreadID()) {
		return false
	}
	if trace.On() {
		emit(trace.LockAcquire, l.label(), nil)
	}
	return true
}

func (l *Lock) acquireSlow(d time.Duration) bool {
	if l.id.Load() == 0 {
		waits.Number("Lock", &l.id)
	}
	ok := l.c.acquireSlow(hook.ThreadID(), d, (*lockObj)(l), true, l.label)
	if ok && trace.On() {
		emit(trace.LockAcquire, l.label(), nil)
	}
	return ok
}

// Release unlocks the lock; any thread may release it. Releasing an unlocked
// lock panics with "RuntimeError: release unlocked lock".
func (l *Lock) Release() {
	if trace.On() && l.c.state.Load() != 0 {
		emit(trace.LockRelease, l.label(), nil)
	}
	if !l.c.release() && !interrupted() {
		panic(errors.New("RuntimeError: release unlocked lock"))
	}
}

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return l.c.state.Load() != 0 }

// Lock is Acquire, for sync.Locker.
func (l *Lock) Lock() { l.Acquire() }

// Unlock is Release, for sync.Locker.
func (l *Lock) Unlock() { l.Release() }

// String returns "<locked Lock#1>" or "<unlocked Lock#1>".
func (l *Lock) String() string { return lockString(l.Locked(), l.label()) }

func (l *Lock) label() string { return l.lbl.Label("Lock", l.Name, &l.id) }

func lockString(locked bool, label string) string {
	if locked {
		return "<locked " + label + ">"
	}
	return "<unlocked " + label + ">"
}

type lockObj Lock

func (o *lockObj) Label() string { return (*Lock)(o).label() }
func (o *lockObj) Holder() int64 { return o.c.holder() }

// RLock is a reentrant lock, as Python's threading.RLock: the thread that
// holds it may acquire it again, and must release it as many times; only
// that thread may release it. The zero value is unlocked.
type RLock struct {
	// Name names the lock in deadlock reports and traces; empty means
	// "RLock#N".
	Name string

	c     lockCore
	count atomic.Int64 // recursion level, changed only by the owner
	id    atomic.Int64
	lbl   waits.LabelCache
}

// Acquire blocks until the lock is acquired by the calling thread, or
// increases the recursion level if it already holds it.
func (r *RLock) Acquire() {
	g := hook.ThreadID()
	if r.c.state.Load() == g {
		r.count.Add(1)
		if trace.On() {
			emit(trace.LockAcquire, r.label(), r.count.Load())
		}
		return
	}
	if !r.c.tryAcquire(g) {
		r.c.acquireSlow(g, -1, (*rlockObj)(r), false, r.label)
	}
	if r.id.Load() == 0 {
		waits.Number("RLock", &r.id)
	}
	r.count.Store(1)
	if trace.On() {
		emit(trace.LockAcquire, r.label(), r.count.Load())
	}
}

// AcquireTimeout is Acquire waiting at most d; it reports whether the lock
// was acquired. d == 0 only tries; a negative d is treated as by
// [Lock.AcquireTimeout] (-time.Second: no timeout; else a ValueError panic).
func (r *RLock) AcquireTimeout(d time.Duration) bool {
	return r.acquire(lockTimeout(d))
}

// TryAcquire acquires the lock if it is free or already held by the caller,
// and reports whether it did.
func (r *RLock) TryAcquire() bool { return r.acquire(0) }

func (r *RLock) acquire(d time.Duration) bool {
	g := hook.ThreadID()
	if r.c.state.Load() == g {
		r.count.Add(1)
	} else {
		if !r.c.tryAcquire(g) && !r.c.acquireSlow(g, d, (*rlockObj)(r), false, r.label) {
			return false
		}
		r.count.Store(1)
	}
	if trace.On() {
		emit(trace.LockAcquire, r.label(), r.count.Load())
	}
	return true
}

// Release decreases the recursion level and unlocks the lock when it
// reaches zero. Only the owner may release: otherwise it panics with
// "RuntimeError: cannot release un-acquired lock".
func (r *RLock) Release() {
	if r.c.state.Load() != hook.ThreadID() {
		if interrupted() {
			return
		}
		panic(errors.New("RuntimeError: cannot release un-acquired lock"))
	}
	if trace.On() {
		emit(trace.LockRelease, r.label(), r.count.Load()-1)
	}
	if r.count.Add(-1) == 0 {
		r.c.release()
	}
}

// Locked reports whether the lock is held by some thread.
func (r *RLock) Locked() bool { return r.c.state.Load() != 0 }

// Lock is Acquire, for sync.Locker.
func (r *RLock) Lock() { r.Acquire() }

// Unlock is Release, for sync.Locker.
func (r *RLock) Unlock() { r.Release() }

// String returns Python's repr with the lock's label for its address:
// "<unlocked RLock#1 owner=0 count=0>", or "<locked RLock#1 owner=7
// count=2>" when the thread of ident 7 holds it twice.
func (r *RLock) String() string {
	owner := r.c.state.Load()
	count := int64(0)
	if owner != 0 {
		count = r.count.Load()
	}
	return lockString(owner != 0, r.label()+" owner="+strconv.FormatInt(owner, 10)+" count="+strconv.FormatInt(count, 10))
}

func (r *RLock) label() string { return r.lbl.Label("RLock", r.Name, &r.id) }

// releaseAll releases the lock entirely and returns the recursion level, for
// Condition.Wait. The caller must own it.
func (r *RLock) releaseAll() int64 {
	n := r.count.Swap(0)
	r.c.release()
	return n
}

// owned reports whether the calling goroutine holds the lock.
func (r *RLock) owned() bool { return r.c.state.Load() == hook.ThreadID() }

type rlockObj RLock

func (o *rlockObj) Label() string { return (*RLock)(o).label() }
func (o *rlockObj) Holder() int64 { return o.c.holder() }
