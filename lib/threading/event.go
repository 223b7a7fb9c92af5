package threading

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// Event is a flag that threads can wait for, as Python's threading.Event.
// The zero value is clear.
type Event struct {
	// Name names the event in traces; empty means "Event#N".
	Name string

	flag atomic.Bool
	mu   sync.Mutex
	ch   chan struct{} // closed by Set; nil until a waiter needs it
	id   atomic.Int64
	lbl  waits.LabelCache
}

// IsSet reports whether the flag is set (Python's is_set).
func (e *Event) IsSet() bool { return e.flag.Load() }

// Set sets the flag and wakes every waiting thread.
func (e *Event) Set() {
	e.mu.Lock()
	if !e.flag.Load() {
		e.flag.Store(true)
		if e.ch != nil {
			close(e.ch)
			e.ch = nil
		}
	}
	e.mu.Unlock()
	if trace.On() {
		emit(trace.EventSet, e.label(), nil)
	}
}

// Clear clears the flag.
func (e *Event) Clear() {
	e.mu.Lock()
	e.flag.Store(false)
	e.mu.Unlock()
	if trace.On() {
		emit(trace.EventClr, e.label(), nil)
	}
}

// Wait blocks until the flag is set.
func (e *Event) Wait() { e.wait(-1) }

// WaitTimeout blocks at most d until the flag is set and returns the flag
// (Python's wait(timeout)).
func (e *Event) WaitTimeout(d time.Duration) bool { return e.wait(max(d, 0)) }

func (e *Event) wait(d time.Duration) bool {
	if e.flag.Load() {
		return true
	}
	if d == 0 {
		return false
	}
	e.mu.Lock()
	if e.flag.Load() {
		e.mu.Unlock()
		return true
	}
	if e.ch == nil {
		e.ch = make(chan struct{})
	}
	c := e.ch
	e.mu.Unlock()
	if trace.On() {
		emit(trace.EventWait, e.label(), nil)
	}
	ok := waitChan(c, d, nil, false, false)
	if trace.On() {
		emit(trace.EventWake, e.label(), ok)
	}
	return ok
}

// String returns e.g. "<Event#1: set>" or "<Event#1: unset>": Python's repr
// ("<threading.Event at 0x7f...: set>") with the event's label for its
// address.
func (e *Event) String() string {
	if e.IsSet() {
		return "<" + e.label() + ": set>"
	}
	return "<" + e.label() + ": unset>"
}

func (e *Event) label() string { return e.lbl.Label("Event", e.Name, &e.id) }
