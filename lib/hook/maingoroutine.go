package hook

import (
	"sync/atomic"

	"github.com/petermattis/goid"
)

var (
	mainG     atomic.Int64 // the goroutine that plays the main thread now
	mainIdent atomic.Int64 // the main thread's identity: the first main goroutine
)

// SetMainGoroutine declares goroutine id (see [GoID]) as the one that plays
// Python's main thread: lib/threading names it "MainThread", and reports
// every other goroutine that is not a library thread as a dummy thread. A
// host calls it with the goroutine that runs each cell (or each part of a
// cell), before running it. In a program that never calls it, the first
// goroutine that asks lib/threading for a thread identity (usually main)
// becomes the main thread. Zero clears the declaration and the main thread's
// identity.
//
// The main thread keeps one identity however many goroutines play it: the
// first goroutine declared gives it its id ([MainThreadID]), which
// [ThreadID] returns in every later main goroutine too. So a lock that the
// main thread acquired in one cell is still its own in the next, as in a
// Python notebook, whose main thread lasts for the whole session.
func SetMainGoroutine(id int64) {
	if id == 0 {
		mainIdent.Store(0)
	} else {
		mainIdent.CompareAndSwap(0, id)
	}
	mainG.Store(id)
}

// MainGoroutine returns the goroutine declared with [SetMainGoroutine], or
// 0.
func MainGoroutine() int64 { return mainG.Load() }

// MainThreadID returns the main thread's identity (see [SetMainGoroutine]),
// or 0 if no main goroutine was declared or claimed.
func MainThreadID() int64 { return mainIdent.Load() }

// ClaimMainGoroutine makes id the main goroutine if none is declared yet and
// returns the main thread's identity.
func ClaimMainGoroutine(id int64) int64 {
	if mainIdent.CompareAndSwap(0, id) {
		mainG.CompareAndSwap(0, id)
	}
	return mainIdent.Load()
}

// ThreadID returns the identity of the calling goroutine's thread: its
// goroutine id, except in the main goroutine, where it is [MainThreadID].
// The library identifies lock owners and waiting threads with it.
func ThreadID() int64 {
	g := goid.Get()
	if g == mainG.Load() {
		if m := mainIdent.Load(); m != 0 {
			return m
		}
	}
	return g
}
