package hook

import "sync/atomic"

var mainG atomic.Int64

// SetMainGoroutine declares goroutine id (see [GoID]) as the one that plays
// Python's main thread: lib/threading names it "MainThread", and reports
// every other goroutine that is not a library thread as a dummy thread. A
// host calls it with the goroutine that runs each cell, before running it. In
// a program that never calls it, the first goroutine that asks lib/threading
// for a thread identity (usually main) becomes the main thread. Zero clears
// the declaration.
func SetMainGoroutine(id int64) { mainG.Store(id) }

// MainGoroutine returns the goroutine declared with [SetMainGoroutine], or
// 0.
func MainGoroutine() int64 { return mainG.Load() }

// ClaimMainGoroutine makes id the main goroutine if none is declared yet and
// returns the main goroutine.
func ClaimMainGoroutine(id int64) int64 {
	if mainG.CompareAndSwap(0, id) {
		return id
	}
	return mainG.Load()
}
