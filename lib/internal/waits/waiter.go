// Package waits holds what the blocking primitives of lib/threading,
// lib/queue and lib/futures share: parked waiters with interrupt and
// timeout, FIFO lists of them, stable object labels such as "Lock#2", and the
// wait graph with its deadlock watcher.
//
// A primitive takes its fast path (an atomic compare-and-swap, say) without
// touching this package. Only when a call must block does it take a [Waiter],
// register the wait with [Block] and park; the watcher goroutine, started on
// the first registered wait and stopped when none is left, looks for cycles
// of waits ("A waits for Lock#2 held by B; B waits for Lock#1 held by A") and
// prints each one once.
package waits

import (
	"sync"
	"time"
)

// Results of [Waiter.Park].
const (
	Woken       = iota // the waiter was signalled with [Waiter.Wake]
	Interrupted        // the done channel closed (the cell was interrupted)
	TimedOut           // the timeout channel fired
)

// Waiter is one goroutine parked in a primitive. Its channel has room for
// exactly one wake-up, and the primitive sends it while holding its own
// mutex, after removing the waiter from its [List]; so when a waiter that
// gave up (timeout, interrupt) finds, under that mutex, that it is no longer
// listed, the wake-up is already in the channel and [Waiter.Drain] takes it.
type Waiter struct {
	c          chan struct{}
	next, prev *Waiter
	list       *List

	// Val and Ok carry a value handed to the waiter (a queue item, a
	// notification).
	Val any
	Ok  bool
	// N is a count the primitive may use (permits wanted, generation).
	N int64

	// Rec describes the wait for the deadlock watcher.
	Rec Rec
}

var pool = sync.Pool{New: func() any { return &Waiter{c: make(chan struct{}, 1)} }}

// Get returns a clean waiter from a pool.
func Get() *Waiter { return pool.Get().(*Waiter) }

// Put returns w to the pool. w must not be listed, registered, or hold a
// pending wake-up.
func Put(w *Waiter) {
	w.Val, w.Ok, w.N = nil, false, 0
	w.Rec = Rec{}
	pool.Put(w)
}

// Wake signals w. Call it at most once per listing, after removing w from
// its list, while holding the primitive's mutex.
func (w *Waiter) Wake() { w.c <- struct{}{} }

// Drain takes the pending wake-up of a waiter that was removed from its list
// by a waker (see [List.Remove]).
func (w *Waiter) Drain() { <-w.c }

// Listed reports whether w is in a list.
func (w *Waiter) Listed() bool { return w.list != nil }

// Park blocks until w is woken, done is closed, or timeout fires, and says
// which. A nil done or timeout never fires.
func (w *Waiter) Park(done <-chan struct{}, timeout <-chan time.Time) int {
	select {
	case <-w.c:
		return Woken
	case <-done:
		return Interrupted
	case <-timeout:
		return TimedOut
	}
}

// Timer returns the channel of a timer that fires after d, and a function
// that stops it; for d < 0 it returns a nil channel (no timeout).
func Timer(d time.Duration) (<-chan time.Time, func() bool) {
	if d < 0 {
		return nil, func() bool { return false }
	}
	t := time.NewTimer(d)
	return t.C, t.Stop
}

// List is a FIFO of waiters. The zero value is an empty list. It is not
// safe for concurrent use: the primitive's mutex guards it.
type List struct {
	head, tail *Waiter
	n          int
}

// Len returns the number of waiters listed.
func (l *List) Len() int { return l.n }

// Front returns the first waiter, or nil.
func (l *List) Front() *Waiter { return l.head }

// PushBack appends w.
func (l *List) PushBack(w *Waiter) {
	w.list, w.next, w.prev = l, nil, l.tail
	if l.tail != nil {
		l.tail.next = w
	} else {
		l.head = w
	}
	l.tail = w
	l.n++
}

// PushFront prepends w.
func (l *List) PushFront(w *Waiter) {
	w.list, w.prev, w.next = l, nil, l.head
	if l.head != nil {
		l.head.prev = w
	} else {
		l.tail = w
	}
	l.head = w
	l.n++
}

// PopFront removes and returns the first waiter, or nil.
func (l *List) PopFront() *Waiter {
	w := l.head
	if w != nil {
		l.Remove(w)
	}
	return w
}

// Remove takes w out of l and reports whether it was there. A waiter that
// gave up calls it under the primitive's mutex: false means it was woken
// meanwhile, and must [Waiter.Drain] its wake-up.
func (l *List) Remove(w *Waiter) bool {
	if w.list != l {
		return false
	}
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		l.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		l.tail = w.prev
	}
	w.next, w.prev, w.list = nil, nil, nil
	l.n--
	return true
}
