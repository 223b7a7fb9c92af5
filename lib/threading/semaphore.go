package threading

import (
	"errors"
	"fmt"
	"math"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// semCore is a counting semaphore whose value is stored minus one, so that
// the zero value has Python's default value 1.
type semCore struct {
	v atomic.Int64 // value - 1
	waitq
}

func (s *semCore) tryAcquire() bool {
	for {
		c := s.v.Load()
		if c < 0 {
			return false
		}
		if s.v.CompareAndSwap(c, c-1) {
			return true
		}
	}
}

func (s *semCore) acquire(d time.Duration, label func() string) bool {
	if s.tryAcquire() {
		return true
	}
	return s.block(s.tryAcquire, d, waits.Rec{G: hook.ThreadID()}, &semWait, label)
}

// release adds n to the value unless it would exceed limit (value minus
// one), and wakes up to n waiters. It reports false if the limit was hit.
func (s *semCore) release(n, limit int64) bool {
	for {
		c := s.v.Load()
		if c > limit-n {
			return false
		}
		if s.v.CompareAndSwap(c, c+n) {
			break
		}
	}
	if s.nwait.Load() > 0 {
		s.mu.Lock()
		s.wakeLocked(n)
		s.mu.Unlock()
	}
	return true
}

// Semaphore is a counting semaphore, as Python's threading.Semaphore:
// Acquire waits until the value is positive and decrements it; Release
// increments it. The zero value has Python's default value 1; use
// [NewSemaphore] for another value.
type Semaphore struct {
	// Name names the semaphore in traces; empty means "Semaphore#N".
	Name string

	c   semCore
	id  atomic.Int64
	lbl waits.LabelCache
}

// NewSemaphore returns a semaphore of value n. A negative n panics with
// "ValueError: semaphore initial value must be >= 0".
func NewSemaphore(n int) *Semaphore {
	checkSemValue(n)
	s := &Semaphore{}
	s.c.v.Store(int64(n) - 1)
	return s
}

func checkSemValue(n int) {
	if n < 0 {
		panic(errors.New("ValueError: semaphore initial value must be >= 0"))
	}
}

// Acquire waits until the value is positive, then decrements it.
func (s *Semaphore) Acquire() { s.acquire(-1) }

// AcquireTimeout is Acquire waiting at most d; it reports whether it
// decremented the value. d <= 0 only tries.
func (s *Semaphore) AcquireTimeout(d time.Duration) bool { return s.acquire(max(d, 0)) }

// TryAcquire decrements the value if it is positive and reports whether it
// did (Python's acquire(blocking=False)).
func (s *Semaphore) TryAcquire() bool { return s.acquire(0) }

func (s *Semaphore) acquire(d time.Duration) bool {
	if !s.c.acquire(d, s.label) {
		return false
	}
	if trace.On() {
		emit(trace.SemAcquire, s.label(), s.Value())
	}
	return true
}

// Release increments the value by one, waking a waiting thread.
func (s *Semaphore) Release() { s.ReleaseN(1) }

// ReleaseN increments the value by n, waking up to n waiting threads
// (Python's release(n)). n < 1 panics with "ValueError: n must be one or
// more".
func (s *Semaphore) ReleaseN(n int) {
	checkN(n)
	s.c.release(int64(n), math.MaxInt64)
	if trace.On() {
		emit(trace.SemRelease, s.label(), s.Value())
	}
}

func checkN(n int) {
	if n < 1 {
		panic(errors.New("ValueError: n must be one or more"))
	}
}

// Value returns the current value (Python's private _value).
func (s *Semaphore) Value() int { return int(s.c.v.Load() + 1) }

// Lock is Acquire, for sync.Locker.
func (s *Semaphore) Lock() { s.Acquire() }

// Unlock is Release, for sync.Locker.
func (s *Semaphore) Unlock() { s.Release() }

// String returns e.g. "<Semaphore#1: value=3>", Python's repr with the
// semaphore's label for its address.
func (s *Semaphore) String() string { return fmt.Sprintf("<%s: value=%d>", s.label(), s.Value()) }

func (s *Semaphore) label() string { return s.lbl.Label("Semaphore", s.Name, &s.id) }

// BoundedSemaphore is a [Semaphore] that may not be released above its
// initial value, as Python's threading.BoundedSemaphore. The zero value has
// value and bound 1; use [NewBoundedSemaphore] for another value.
type BoundedSemaphore struct {
	// Name names the semaphore in traces; empty means
	// "BoundedSemaphore#N".
	Name string

	c     semCore
	limit int64 // initial value - 1
	id    atomic.Int64
	lbl   waits.LabelCache
}

// NewBoundedSemaphore returns a bounded semaphore of value and bound n. A
// negative n panics with "ValueError: semaphore initial value must be >= 0".
func NewBoundedSemaphore(n int) *BoundedSemaphore {
	checkSemValue(n)
	s := &BoundedSemaphore{limit: int64(n) - 1}
	s.c.v.Store(int64(n) - 1)
	return s
}

// Acquire waits until the value is positive, then decrements it.
func (s *BoundedSemaphore) Acquire() { s.acquire(-1) }

// AcquireTimeout is Acquire waiting at most d; it reports whether it
// decremented the value. d <= 0 only tries.
func (s *BoundedSemaphore) AcquireTimeout(d time.Duration) bool { return s.acquire(max(d, 0)) }

// TryAcquire decrements the value if it is positive and reports whether it
// did.
func (s *BoundedSemaphore) TryAcquire() bool { return s.acquire(0) }

func (s *BoundedSemaphore) acquire(d time.Duration) bool {
	if !s.c.acquire(d, s.label) {
		return false
	}
	if trace.On() {
		emit(trace.SemAcquire, s.label(), s.Value())
	}
	return true
}

// Release increments the value by one. Going above the initial value panics
// with "ValueError: Semaphore released too many times".
func (s *BoundedSemaphore) Release() { s.ReleaseN(1) }

// ReleaseN increments the value by n (n >= 1), with the bound of Release.
func (s *BoundedSemaphore) ReleaseN(n int) {
	checkN(n)
	if !s.c.release(int64(n), s.limit) {
		if interrupted() {
			return
		}
		panic(errors.New("ValueError: Semaphore released too many times"))
	}
	if trace.On() {
		emit(trace.SemRelease, s.label(), s.Value())
	}
}

// Value returns the current value.
func (s *BoundedSemaphore) Value() int { return int(s.c.v.Load() + 1) }

// Lock is Acquire, for sync.Locker.
func (s *BoundedSemaphore) Lock() { s.Acquire() }

// Unlock is Release, for sync.Locker.
func (s *BoundedSemaphore) Unlock() { s.Release() }

// String returns e.g. "<BoundedSemaphore#1: value=3/5>", Python's repr
// with the semaphore's label for its address.
func (s *BoundedSemaphore) String() string {
	return fmt.Sprintf("<%s: value=%d/%d>", s.label(), s.Value(), s.limit+1)
}

func (s *BoundedSemaphore) label() string { return s.lbl.Label("BoundedSemaphore", s.Name, &s.id) }
