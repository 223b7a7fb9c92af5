// Package atexit holds the functions that threading.JoinAll runs before it
// waits for the non-daemon threads, as CPython's threading._shutdown calls
// the functions of threading._register_atexit first: concurrent.futures
// uses it to tell the idle workers of executors never shut down to end once
// their queue is empty.
package atexit

import "sync"

var (
	mu  sync.Mutex
	fns []func()
)

// Register adds fn to the functions Run calls.
func Register(fn func()) {
	mu.Lock()
	fns = append(fns, fn)
	mu.Unlock()
}

// Run calls the registered functions, in the order registered, and forgets
// them (a function registers itself again if it must run at the next Run).
func Run() {
	mu.Lock()
	todo := fns
	fns = nil
	mu.Unlock()
	for _, fn := range todo {
		fn()
	}
}
