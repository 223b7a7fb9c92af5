package eval

import (
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
	"weak"
)

// # Whether a cell's timer may still fire
//
// Go reports a deadlock when every goroutine is blocked and no timer can
// wake one: a timer that was stopped, or that fired once, does not keep
// it from doing so, nor does a channel timer (NewTimer, NewTicker, After,
// Tick) on whose channel no goroutine waits (since Go 1.23 such a timer
// sends only to a receiver). The kernel cannot see a timer's Stop or
// Reset (methods of the runtime's *time.Timer), so it reads the state
// the runtime keeps in the timer: its next firing time (zero once
// stopped or fired) and the number of goroutines blocked on its channel.
// The layout read is the runtime's timeTimer (runtime/time.go, Go 1.23 and
// later); timerLayoutOK checks it on timers made at start-up, and where it
// does not hold the session falls back to counting such a timer as one that
// may fire at any time.

// rtTimer is the head of the runtime's timeTimer, which a *time.Timer and
// a *time.Ticker point to.
type rtTimer struct {
	c       unsafe.Pointer // the timer's channel (time.Timer.C)
	init    bool
	mu      uintptr // runtime.mutex (lock ranking off)
	astate  uint8
	state   uint8
	isChan  bool
	isFake  bool
	blocked uint32 // goroutines blocked on the timer's channel
	rand    uint32
	when    int64 // next firing time, 0 when not active
	period  int64
}

// timerHeaped is the runtime's state bit of a timer in a P's heap.
const timerHeaped = 1

// active reports whether the timer keeps Go from reporting a deadlock:
// it is active and, for a channel timer, a goroutine waits on its
// channel (the runtime's own test for putting a timer in its heap); or it
// is an AfterFunc timer still in the heap, even stopped (Go's checkdead
// counts the timers in the heaps: a program blocked after stopping an
// AfterFunc hangs).
func (t *rtTimer) active() bool {
	if !t.isChan {
		return atomic.LoadInt64(&t.when) > 0 || t.astate&timerHeaped != 0
	}
	return atomic.LoadInt64(&t.when) > 0 && atomic.LoadUint32(&t.blocked) > 0
}

// timerLayoutOK tells whether rtTimer is the runtime's layout.
var timerLayoutOK = checkTimerLayout()

// checkTimerLayout checks rtTimer on timers of each kind, stopped.
func checkTimerLayout() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	const d = time.Hour
	t := time.NewTimer(d)
	rt := (*rtTimer)(unsafe.Pointer(t))
	ok = rt.isChan && rt.when > 0 && rt.period == 0 && rt.blocked == 0 &&
		rt.c == *(*unsafe.Pointer)(unsafe.Pointer(&t.C))
	t.Stop()
	ok = ok && rt.when == 0
	tk := time.NewTicker(d)
	rk := (*rtTimer)(unsafe.Pointer(tk))
	ok = ok && rk.isChan && rk.when > 0 && rk.period == int64(d)
	tk.Stop()
	ok = ok && rk.when == 0
	af := time.AfterFunc(d, func() {})
	ra := (*rtTimer)(unsafe.Pointer(af))
	ok = ok && !ra.isChan && ra.when > 0 && ra.period == 0
	af.Stop()
	return ok && ra.when == 0
}

// timerSet holds the timers a session's cells made, weakly: a timer
// nothing refers to cannot fire, except one in the runtime's heap
// (AfterFunc), which the runtime refers to.
type timerSet struct {
	mu   sync.Mutex
	list []func() *rtTimer
	max  int // length at which add prunes the list
}

// add records a timer, which get returns while it is not collected.
func (s *timerSet) add(get func() *rtTimer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.list) >= s.max {
		s.pruneLocked()
		s.max = max(64, 2*len(s.list))
	}
	s.list = append(s.list, get)
}

// pending reports whether a recorded timer may still wake a goroutine.
func (s *timerSet) pending() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pruneLocked()
	for _, get := range s.list {
		if t := get(); t != nil && t.active() {
			return true
		}
	}
	return false
}

// pruneLocked drops the timers collected (a stopped timer that is still
// referred to may be reset, and is kept).
func (s *timerSet) pruneLocked() {
	kept := s.list[:0]
	for _, get := range s.list {
		if get() != nil {
			kept = append(kept, get)
		}
	}
	clear(s.list[len(kept):])
	s.list = kept
}

// trackTimer records t, reporting false when the layout is unknown.
func (s *timerSet) trackTimer(t *time.Timer) bool {
	if !timerLayoutOK || t == nil {
		return false
	}
	w := weak.Make(t)
	s.add(func() *rtTimer { return (*rtTimer)(unsafe.Pointer(w.Value())) })
	return true
}

// trackTicker records t, reporting false when the layout is unknown.
func (s *timerSet) trackTicker(t *time.Ticker) bool {
	if !timerLayoutOK || t == nil {
		return false
	}
	w := weak.Make(t)
	s.add(func() *rtTimer { return (*rtTimer)(unsafe.Pointer(w.Value())) })
	return true
}
