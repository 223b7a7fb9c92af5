package multiprocessing

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

// Methods of locks, semaphores, conditions, events and barriers.
const (
	lAcquire byte = 1 + iota
	lRelease
	lLocked
	lValue
	cWait
	cNotify
	eSet
	eClear
	eIsSet
	eWait
	bWait
	bReset
	bAbort
	bState
	lState
)

// lockImpl is a Lock, RLock, Semaphore or BoundedSemaphore: a count of
// permits, with the owner of a lock.
type lockImpl struct {
	mu      sync.Mutex
	kind    byte
	value   int // permits left (locks: 1 unlocked, 0 locked)
	max     int // BoundedSemaphore's initial value
	owner   ownerID
	count   int // RLock recursion
	waiters waitList
}

func newLockImpl(kind byte, value int) *lockImpl {
	return &lockImpl{kind: kind, value: value, max: value}
}

// acquire takes one permit for ctx.who, waiting at most timeout.
func (l *lockImpl) acquire(ctx *callCtx, timeout time.Duration) byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.kind == kRLock && l.value == 0 && l.owner == ctx.who {
		l.count++
		return stOK
	}
	if l.value > 0 {
		l.value--
		l.owner, l.count = ctx.who, 1
		return stOK
	}
	if timeout == 0 {
		return stTimeout
	}
	w := newWaiter(ctx.who)
	l.waiters.push(w)
	switch park(&l.mu, &l.waiters, w, ctx, timeout) {
	case canceled:
		return stCanceled
	case timedOut:
		return stTimeout
	}
	return stOK // the releaser handed its permit over
}

// releaseAll releases one permit (a lock, or every recursion level of an
// RLock for Condition.Wait) and returns the recursion count released.
func (l *lockImpl) release(who ownerID, all bool) (int, byte, string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 1
	switch l.kind {
	case kRLock:
		if l.value > 0 || l.owner != who {
			return 0, stPanic, "AssertionError: attempt to release recursive lock not owned by thread"
		}
		if all {
			n, l.count = l.count, 1
		}
		l.count--
		if l.count > 0 {
			return n, stOK, ""
		}
	case kLock:
		if l.value > 0 {
			return 0, stPanic, "ValueError: semaphore or lock released too many times"
		}
	case kBoundedSemaphore:
		if l.value >= l.max && l.waiters.len() == 0 {
			return 0, stPanic, "ValueError: semaphore or lock released too many times"
		}
	}
	if w := l.waiters.pop(); w != nil {
		l.owner, l.count = w.who, 1
		w.wake(stOK, nil)
		return n, stOK, ""
	}
	l.value++
	l.owner, l.count = ownerID{}, 0
	return n, stOK, ""
}

// owned reports whether who holds the lock.
func (l *lockImpl) owned(who ownerID) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.value == 0 && l.owner == who
}

func (l *lockImpl) call(ctx *callCtx, method byte, r *rbuf) (byte, []byte) {
	switch method {
	case lAcquire:
		return l.acquire(ctx, readTimeout(r)), nil
	case lRelease:
		n := int(r.varint())
		for i := 0; i < max(n, 1); i++ {
			if _, st, msg := l.release(ctx.who, false); st != stOK {
				return st, []byte(msg)
			}
		}
		return stOK, nil
	case lLocked, lValue:
		l.mu.Lock()
		v := l.value
		l.mu.Unlock()
		w := &wbuf{}
		w.varint(int64(v))
		return stOK, w.b
	case lState:
		return stOK, l.state(ctx, 0)
	}
	return stError, []byte(fmt.Sprintf("multiprocessing: unknown lock method %d", method))
}

// state encodes what String shows of the lock, seen from the caller (ctx):
// its value, whether the caller holds it, whether a thread of the caller's
// process does, the recursion level, the initial value, the kind, and
// waiters (a Condition's waiters, for its String).
func (l *lockImpl) state(ctx *callCtx, waiters int) []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	held := l.value == 0 && l.kind != kSemaphore && l.kind != kBoundedSemaphore
	mine := held && l.owner == ctx.who
	same := held && l.owner.pid == ctx.who.pid
	w := &wbuf{}
	for _, x := range []int{l.value, int(b2i(mine)), int(b2i(same)), l.count, l.max, int(l.kind), waiters} {
		w.varint(int64(x))
	}
	return w.b
}

// lockState is a lock's (or a Condition's) state as its String shows it,
// read in one call.
type lockState struct {
	// owner is what Python's repr of a Lock or RLock shows of its owner:
	// the caller's process name (and thread, when not the main thread) if
	// the caller holds it, None if it is free, else SomeOtherThread (a
	// thread of the caller's process holds it) or SomeOtherProcess.
	owner             string
	value, count, max int
	kind              byte
	waiters           int // a Condition's
}

// stateOf reads the state of the lock (or Condition) r.
func stateOf(r *objRef) lockState {
	rb := &rbuf{b: lockCall(r, lState, nil)}
	s := lockState{value: int(rb.varint())}
	mine, same := rb.varint() == 1, rb.varint() == 1
	s.count, s.max, s.kind, s.waiters = int(rb.varint()), int(rb.varint()), byte(rb.varint()), int(rb.varint())
	switch {
	case mine:
		s.owner = CurrentProcess().Name
		if t := threading.CurrentThread(); t != threading.MainThread() {
			s.owner += "|" + t.Name
		}
	case s.value > 0:
		s.owner = "None"
	case same:
		s.owner = "SomeOtherThread"
	default:
		s.owner = "SomeOtherProcess"
	}
	return s
}

// lockRepr is Python's repr of a Lock or RLock.
func (s lockState) lockRepr() string {
	if s.kind == kLock {
		return "<Lock(owner=" + s.owner + ")>"
	}
	switch s.owner {
	case "None":
		return "<RLock(None, 0)>"
	case "SomeOtherThread", "SomeOtherProcess":
		return "<RLock(" + s.owner + ", nonzero)>"
	}
	return fmt.Sprintf("<RLock(%s, %d)>", s.owner, s.count)
}

func (l *waitList) len() int { return len(*l) }

// lockCall runs a lock method and raises its failures.
func lockCall(r *objRef, method byte, args []byte) []byte {
	st, res := r.call(method, args)
	if st == stTimeout {
		return nil
	}
	if err := statusError(st, res); err != nil {
		panic(err)
	}
	if res == nil {
		res = []byte{}
	}
	return res
}

func acquireArgs(d time.Duration) []byte {
	w := &wbuf{}
	timeoutArg(w, d)
	return w.b
}

func intResult(res []byte) int {
	r := &rbuf{b: res}
	return int(r.varint())
}

// Lock is a lock shared by processes, like Python's multiprocessing.Lock.
// The zero value is an unlocked lock. Any process may release it.
type Lock struct{ ref lazyRef }

// NewLock returns an unlocked Lock.
func NewLock() *Lock { return &Lock{} }

func (l *Lock) objref() *objRef {
	return l.ref.get(func() *objRef { return localRef(newLockImpl(kLock, 1), nil) })
}

// Acquire waits until the lock is free and takes it; it always returns
// true. If the calling cell is interrupted, it panics with
// hook.KeyboardInterrupt.
func (l *Lock) Acquire() bool { return lockCall(l.objref(), lAcquire, acquireArgs(-1)) != nil }

// AcquireTimeout waits at most d for the lock and reports whether it took
// it.
func (l *Lock) AcquireTimeout(d time.Duration) bool {
	return lockCall(l.objref(), lAcquire, acquireArgs(max(d, 0))) != nil
}

// TryAcquire takes the lock if it is free and reports whether it did.
func (l *Lock) TryAcquire() bool { return l.AcquireTimeout(0) }

// Release frees the lock; releasing an unlocked lock panics ("ValueError:
// semaphore or lock released too many times").
func (l *Lock) Release() { lockCall(l.objref(), lRelease, []byte{2}) }

// Lock is Acquire, for sync.Locker.
func (l *Lock) Lock() { l.Acquire() }

// Unlock is Release, for sync.Locker.
func (l *Lock) Unlock() { l.Release() }

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return intResult(lockCall(l.objref(), lLocked, nil)) == 0 }

// String returns Python's repr, e.g. <Lock(owner=None)>.
func (l *Lock) String() string {
	return stateOf(l.objref()).lockRepr()
}

// RLock is a reentrant lock shared by processes: the thread (goroutine) of
// the process that holds it may take it again, and must release it as many
// times. The zero value is unlocked.
type RLock struct{ ref lazyRef }

// NewRLock returns an unlocked RLock.
func NewRLock() *RLock { return &RLock{} }

func (l *RLock) objref() *objRef {
	return l.ref.get(func() *objRef { return localRef(newLockImpl(kRLock, 1), nil) })
}

// Acquire waits until the lock is free (or held by the caller) and takes
// it; it returns true.
func (l *RLock) Acquire() bool { return lockCall(l.objref(), lAcquire, acquireArgs(-1)) != nil }

// AcquireTimeout waits at most d and reports whether it took the lock.
func (l *RLock) AcquireTimeout(d time.Duration) bool {
	return lockCall(l.objref(), lAcquire, acquireArgs(max(d, 0))) != nil
}

// TryAcquire takes the lock if it can at once.
func (l *RLock) TryAcquire() bool { return l.AcquireTimeout(0) }

// Release releases one level; releasing a lock the caller does not hold
// panics.
func (l *RLock) Release() { lockCall(l.objref(), lRelease, []byte{2}) }

// Lock is Acquire, for sync.Locker.
func (l *RLock) Lock() { l.Acquire() }

// Unlock is Release, for sync.Locker.
func (l *RLock) Unlock() { l.Release() }

// String returns Python's repr, e.g. <RLock(None, 0)>, or <RLock(MainProcess,
// 2)> when the caller holds it twice.
func (l *RLock) String() string {
	return stateOf(l.objref()).lockRepr()
}

// Semaphore is a counter of permits shared by processes. The zero value
// has Python's default value 1.
type Semaphore struct {
	ref     lazyRef
	value   int
	bounded bool
}

// NewSemaphore returns a Semaphore with value permits; a negative value
// panics with what CPython raises on Linux, whose sem_open refuses it:
// "OSError: [Errno 22] Invalid argument" (threading's Semaphore raises a
// ValueError instead).
func NewSemaphore(value int) *Semaphore {
	if value < 0 {
		panic(errors.New("OSError: [Errno 22] Invalid argument"))
	}
	return &Semaphore{value: value + 1} // value+1: the zero Semaphore means 1
}

func (s *Semaphore) objref() *objRef {
	return s.ref.get(func() *objRef {
		v := s.value - 1
		if s.value == 0 {
			v = 1
		}
		k := kSemaphore
		if s.bounded {
			k = kBoundedSemaphore
		}
		return localRef(newLockImpl(k, v), nil)
	})
}

// Acquire waits for a permit and takes it; it returns true.
func (s *Semaphore) Acquire() bool { return lockCall(s.objref(), lAcquire, acquireArgs(-1)) != nil }

// AcquireTimeout waits at most d for a permit and reports whether it took
// one.
func (s *Semaphore) AcquireTimeout(d time.Duration) bool {
	return lockCall(s.objref(), lAcquire, acquireArgs(max(d, 0))) != nil
}

// TryAcquire takes a permit if one is free.
func (s *Semaphore) TryAcquire() bool { return s.AcquireTimeout(0) }

// Release gives a permit back (a BoundedSemaphore panics beyond its initial
// value).
func (s *Semaphore) Release() { lockCall(s.objref(), lRelease, []byte{2}) }

// GetValue returns the number of free permits.
func (s *Semaphore) GetValue() int { return intResult(lockCall(s.objref(), lValue, nil)) }

// String returns a Python-like repr.
func (s *Semaphore) String() string {
	kind := "Semaphore"
	if s.bounded {
		kind = "BoundedSemaphore"
	}
	return fmt.Sprintf("<%s(value=%d)>", kind, s.GetValue())
}

// BoundedSemaphore is a Semaphore that cannot be released beyond its
// initial value.
type BoundedSemaphore struct{ Semaphore }

// NewBoundedSemaphore returns a BoundedSemaphore with value permits.
func NewBoundedSemaphore(value int) *BoundedSemaphore {
	s := NewSemaphore(value)
	return &BoundedSemaphore{Semaphore{value: s.value, bounded: true}}
}

func (s *BoundedSemaphore) objref() *objRef {
	return s.ref.get(func() *objRef {
		v := s.value - 1
		if s.value == 0 {
			v = 1
		}
		return localRef(newLockImpl(kBoundedSemaphore, v), nil)
	})
}

// Release gives a permit back; beyond the initial value it panics.
func (s *BoundedSemaphore) Release() { lockCall(s.objref(), lRelease, []byte{2}) }

// Event is a flag shared by processes that processes can wait for. The
// zero value is clear.
type Event struct{ ref lazyRef }

// NewEvent returns a clear Event.
func NewEvent() *Event { return &Event{} }

type eventImpl struct {
	mu      sync.Mutex
	flag    bool
	waiters waitList
}

func (e *eventImpl) call(ctx *callCtx, method byte, r *rbuf) (byte, []byte) {
	e.mu.Lock()
	defer e.mu.Unlock()
	switch method {
	case eSet:
		e.flag = true
		for w := e.waiters.pop(); w != nil; w = e.waiters.pop() {
			w.wake(stOK, nil)
		}
		return stOK, nil
	case eClear:
		e.flag = false
		return stOK, nil
	case eIsSet:
		return stOK, []byte{b2i(e.flag)}
	case eWait:
		timeout := readTimeout(r)
		if e.flag {
			return stOK, []byte{1}
		}
		if timeout == 0 {
			return stOK, []byte{0}
		}
		w := newWaiter(ctx.who)
		e.waiters.push(w)
		switch park(&e.mu, &e.waiters, w, ctx, timeout) {
		case canceled:
			return stCanceled, nil
		case timedOut:
			return stOK, []byte{b2i(e.flag)}
		}
		return stOK, []byte{1}
	}
	return stError, []byte(fmt.Sprintf("multiprocessing: unknown event method %d", method))
}

func (e *Event) objref() *objRef {
	return e.ref.get(func() *objRef { return localRef(&eventImpl{}, nil) })
}

// Set sets the flag and wakes every waiter.
func (e *Event) Set() { lockCall(e.objref(), eSet, nil) }

// Clear clears the flag.
func (e *Event) Clear() { lockCall(e.objref(), eClear, nil) }

// IsSet reports whether the flag is set.
func (e *Event) IsSet() bool { return lockCall(e.objref(), eIsSet, nil)[0] == 1 }

// Wait waits until the flag is set; it returns true. If the calling cell
// is interrupted, it panics with hook.KeyboardInterrupt.
func (e *Event) Wait() bool { return lockCall(e.objref(), eWait, acquireArgs(-1))[0] == 1 }

// WaitTimeout waits at most d for the flag and returns it.
func (e *Event) WaitTimeout(d time.Duration) bool {
	return lockCall(e.objref(), eWait, acquireArgs(max(d, 0)))[0] == 1
}

// String returns Python's repr, e.g. "<Event at 0xc000012345 unset>".
func (e *Event) String() string {
	if e.IsSet() {
		return fmt.Sprintf("<Event at %p set>", e)
	}
	return fmt.Sprintf("<Event at %p unset>", e)
}

// Condition is a condition variable shared by processes, with its lock
// (an RLock unless given). The zero value uses a new RLock.
type Condition struct {
	ref  lazyRef
	lock *lockImpl
}

type condImpl struct {
	lock    *lockImpl
	mu      sync.Mutex
	waiters waitList
}

// NewCondition returns a Condition using lock, which must be a *Lock or an
// *RLock created by this process, or nil for a new RLock.
func NewCondition(lock any) *Condition {
	c := &Condition{}
	switch l := lock.(type) {
	case nil:
	case *Lock:
		c.lock = lockImplOf(l.objref())
	case *RLock:
		c.lock = lockImplOf(l.objref())
	default:
		panic(fmt.Sprintf("multiprocessing: NewCondition needs a *Lock or an *RLock, not %s", typeString(typeOf(lock))))
	}
	c.objref()
	return c
}

func lockImplOf(r *objRef) *lockImpl {
	l, ok := r.local.(*lockImpl)
	if !ok {
		panic(errors.New("multiprocessing: a Condition's lock must be created by the process that creates the Condition"))
	}
	return l
}

func (c *Condition) objref() *objRef {
	return c.ref.get(func() *objRef {
		l := c.lock
		if l == nil {
			l = newLockImpl(kRLock, 1)
		}
		return localRef(&condImpl{lock: l}, nil)
	})
}

func (c *condImpl) call(ctx *callCtx, method byte, r *rbuf) (byte, []byte) {
	switch method {
	case lAcquire, lRelease, lLocked:
		return c.lock.call(ctx, method, r)
	case lState:
		c.mu.Lock()
		n := c.waiters.len()
		c.mu.Unlock()
		return stOK, c.lock.state(ctx, n)
	case cWait:
		timeout := readTimeout(r)
		if !c.lock.owned(ctx.who) {
			return stPanic, []byte("AssertionError: must acquire() condition before using wait()")
		}
		w := newWaiter(ctx.who)
		c.mu.Lock()
		c.waiters.push(w)
		c.mu.Unlock()
		n, _, _ := c.lock.release(ctx.who, true)
		c.mu.Lock()
		res := park(&c.mu, &c.waiters, w, ctx, timeout)
		c.mu.Unlock()
		// Take the lock back, as many levels as were released.
		for i := 0; i < n; i++ {
			if st := c.lock.acquire(&callCtx{who: ctx.who, cancel: ctx.cancel}, -1); st != stOK {
				return st, nil
			}
		}
		if res == canceled {
			return stCanceled, nil
		}
		return stOK, []byte{b2i(res == woken)}
	case cNotify:
		n := int(r.varint())
		if !c.lock.owned(ctx.who) {
			return stPanic, []byte("AssertionError: lock is not owned")
		}
		c.mu.Lock()
		for i := 0; n < 0 || i < n; i++ {
			w := c.waiters.pop()
			if w == nil {
				break
			}
			w.wake(stOK, nil)
		}
		c.mu.Unlock()
		return stOK, nil
	}
	return stError, []byte(fmt.Sprintf("multiprocessing: unknown condition method %d", method))
}

// Acquire takes the condition's lock.
func (c *Condition) Acquire() bool { return lockCall(c.objref(), lAcquire, acquireArgs(-1)) != nil }

// Release releases the condition's lock.
func (c *Condition) Release() { lockCall(c.objref(), lRelease, []byte{2}) }

// Lock is Acquire, for sync.Locker.
func (c *Condition) Lock() { c.Acquire() }

// Unlock is Release, for sync.Locker.
func (c *Condition) Unlock() { c.Release() }

// Wait releases the lock, waits for a Notify and takes the lock back; the
// caller must hold the lock. It returns true.
func (c *Condition) Wait() bool { return c.wait(-1) }

// WaitTimeout is Wait giving up after d; it reports whether it was
// notified. A negative d waits no time, as CPython's wait(timeout) with a
// negative timeout.
func (c *Condition) WaitTimeout(d time.Duration) bool { return c.wait(max(d, 0)) }

// wait waits at most d (d < 0: no limit).
func (c *Condition) wait(d time.Duration) bool {
	return lockCall(c.objref(), cWait, acquireArgs(d))[0] == 1
}

// WaitFor waits until pred() is true, evaluating it with the lock held,
// and returns true.
func (c *Condition) WaitFor(pred func() bool) bool {
	for !pred() {
		c.Wait()
	}
	return true
}

// WaitForTimeout is WaitFor giving up after d (Python's wait_for(pred,
// timeout)); it returns pred's last result. As CPython's multiprocessing
// Condition (unlike threading's), it checks pred before each wait and
// gives up once d has passed: a d of 0 or less checks pred once and does
// not wait.
func (c *Condition) WaitForTimeout(pred func() bool, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for !pred() {
		left := time.Until(deadline)
		if left <= 0 {
			return false
		}
		c.WaitTimeout(left)
	}
	return true
}

// Notify wakes one waiter (n: up to n); the caller must hold the lock.
func (c *Condition) Notify(n ...int) {
	k := 1
	if len(n) > 0 {
		k = n[0]
	}
	w := &wbuf{}
	w.varint(int64(k))
	lockCall(c.objref(), cNotify, w.b)
}

// String returns Python's repr: the lock's, and the number of waiters,
// e.g. <Condition(<RLock(None, 0)>, 0)>.
func (c *Condition) String() string {
	st := stateOf(c.objref())
	return fmt.Sprintf("<Condition(%s, %d)>", st.lockRepr(), st.waiters)
}

// NotifyAll wakes every waiter; the caller must hold the lock.
func (c *Condition) NotifyAll() {
	w := &wbuf{}
	w.varint(-1)
	lockCall(c.objref(), cNotify, w.b)
}

// ErrBrokenBarrier is returned by Barrier.Wait when the barrier is broken
// (Python's threading.BrokenBarrierError): the same value as lib/threading's.
var ErrBrokenBarrier = threading.ErrBrokenBarrier

// Barrier makes Parties processes (or threads) wait for each other, like
// Python's multiprocessing.Barrier (without action).
type Barrier struct {
	ref     lazyRef
	parties int
}

// NewBarrier returns a barrier for parties waiters. As in CPython 3.11,
// parties < 1 is accepted: no Wait is then ever the last, so a Wait waits
// until its timeout (breaking the barrier) or forever.
func NewBarrier(parties int) *Barrier {
	b := &Barrier{parties: parties}
	b.ref.get(func() *objRef { return newBarrierRef(parties) })
	return b
}

type barrierImpl struct {
	mu      sync.Mutex
	parties int
	count   int
	broken  bool
	waiters waitList
}

func (b *barrierImpl) breakLocked() {
	b.broken = true
	for w := b.waiters.pop(); w != nil; w = b.waiters.pop() {
		w.wake(stBroken, nil)
	}
	b.count = 0
}

func (b *barrierImpl) call(ctx *callCtx, method byte, r *rbuf) (byte, []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch method {
	case bWait:
		timeout := readTimeout(r)
		if b.broken {
			return stBroken, nil
		}
		index := b.count
		b.count++
		res := &wbuf{}
		res.varint(int64(index))
		if b.count == b.parties {
			for w := b.waiters.pop(); w != nil; w = b.waiters.pop() {
				w.wake(stOK, nil)
			}
			b.count = 0
			return stOK, res.b
		}
		w := newWaiter(ctx.who)
		b.waiters.push(w)
		switch park(&b.mu, &b.waiters, w, ctx, timeout) {
		case canceled:
			b.breakLocked()
			return stCanceled, nil
		case timedOut:
			b.breakLocked()
			return stBroken, nil
		}
		if w.st != stOK {
			return w.st, nil
		}
		return stOK, res.b
	case bReset:
		if b.count > 0 {
			b.breakLocked()
		}
		b.broken = false
		return stOK, nil
	case bAbort:
		b.breakLocked()
		return stOK, nil
	case bState:
		w := &wbuf{}
		w.varint(int64(b.parties))
		w.varint(int64(b.count))
		w.bool(b.broken)
		return stOK, w.b
	}
	return stError, []byte(fmt.Sprintf("multiprocessing: unknown barrier method %d", method))
}

// objref returns the barrier's object, made at first use for a zero
// Barrier: one of 1 party.
func (b *Barrier) objref() *objRef {
	return b.ref.get(func() *objRef { return newBarrierRef(max(b.parties, 1)) })
}

func newBarrierRef(parties int) *objRef {
	w := &wbuf{}
	w.varint(int64(parties))
	return localRef(&barrierImpl{parties: parties}, w.b)
}

// Wait waits until Parties callers wait, and returns this caller's arrival
// index (0 for the first). It returns ErrBrokenBarrier if the barrier is or
// gets broken (by Abort, Reset, or an interrupted waiter).
func (b *Barrier) Wait() (int, error) { return b.wait(-1) }

// WaitTimeout is Wait giving up after d: the barrier is then broken. A
// negative d waits no time, as CPython's wait(timeout) with a negative
// timeout.
func (b *Barrier) WaitTimeout(d time.Duration) (int, error) { return b.wait(max(d, 0)) }

// wait waits at most d (d < 0: no limit).
func (b *Barrier) wait(d time.Duration) (int, error) {
	st, res := b.objref().call(bWait, acquireArgs(d))
	switch st {
	case stOK:
		return intResult(res), nil
	case stBroken:
		return 0, ErrBrokenBarrier
	}
	return 0, statusError(st, res)
}

func (b *Barrier) state() (parties, waiting int, broken bool) {
	res := lockCall(b.objref(), bState, nil)
	r := &rbuf{b: res}
	return int(r.varint()), int(r.varint()), r.bool()
}

// Reset returns the barrier to its initial state; waiters get
// ErrBrokenBarrier.
func (b *Barrier) Reset() { lockCall(b.objref(), bReset, nil) }

// Abort breaks the barrier: waiters, present and future, get
// ErrBrokenBarrier until Reset.
func (b *Barrier) Abort() { lockCall(b.objref(), bAbort, nil) }

// Parties returns the number of waiters the barrier needs.
func (b *Barrier) Parties() int { p, _, _ := b.state(); return p }

// NWaiting returns the number of callers waiting.
func (b *Barrier) NWaiting() int { _, n, _ := b.state(); return n }

// Broken reports whether the barrier is broken.
func (b *Barrier) Broken() bool { _, _, br := b.state(); return br }

// String returns Python's repr, e.g. "<multiprocessing.synchronize.Barrier
// at 0xc000012345: waiters=1/3>", or "...: broken>" for a broken barrier.
func (b *Barrier) String() string {
	p, n, broken := b.state()
	if broken {
		return fmt.Sprintf("<multiprocessing.synchronize.Barrier at %p: broken>", b)
	}
	return fmt.Sprintf("<multiprocessing.synchronize.Barrier at %p: waiters=%d/%d>", b, n, p)
}

func init() {
	registerHandle(kLock, (*Lock)(nil), func(r *objRef) (shareable, error) {
		l := &Lock{}
		l.ref.set(r)
		return l, nil
	})
	registerHandle(kRLock, (*RLock)(nil), func(r *objRef) (shareable, error) {
		l := &RLock{}
		l.ref.set(r)
		return l, nil
	})
	registerHandle(kSemaphore, (*Semaphore)(nil), func(r *objRef) (shareable, error) {
		s := &Semaphore{}
		s.ref.set(r)
		return s, nil
	})
	registerHandle(kBoundedSemaphore, (*BoundedSemaphore)(nil), func(r *objRef) (shareable, error) {
		s := &BoundedSemaphore{Semaphore{bounded: true}}
		s.ref.set(r)
		return s, nil
	})
	registerHandle(kEvent, (*Event)(nil), func(r *objRef) (shareable, error) {
		e := &Event{}
		e.ref.set(r)
		return e, nil
	})
	registerHandle(kCondition, (*Condition)(nil), func(r *objRef) (shareable, error) {
		c := &Condition{}
		c.ref.set(r)
		return c, nil
	})
	registerHandle(kBarrier, (*Barrier)(nil), func(r *objRef) (shareable, error) {
		rb := &rbuf{b: r.extra}
		b := &Barrier{parties: int(rb.varint())}
		b.ref.set(r)
		return b, nil
	})
}

// Acquire waits for a permit and takes it; it returns true.
func (s *BoundedSemaphore) Acquire() bool { s.objref(); return s.Semaphore.Acquire() }

// AcquireTimeout waits at most d for a permit and reports whether it took
// one.
func (s *BoundedSemaphore) AcquireTimeout(d time.Duration) bool {
	s.objref()
	return s.Semaphore.AcquireTimeout(d)
}

// TryAcquire takes a permit if one is free.
func (s *BoundedSemaphore) TryAcquire() bool { return s.AcquireTimeout(0) }

// GetValue returns the number of free permits.
func (s *BoundedSemaphore) GetValue() int { s.objref(); return s.Semaphore.GetValue() }

// String returns Python's repr, e.g. <BoundedSemaphore(value=1, maxvalue=2)>.
func (s *BoundedSemaphore) String() string {
	st := stateOf(s.objref())
	return fmt.Sprintf("<BoundedSemaphore(value=%d, maxvalue=%d)>", st.value, st.max)
}
