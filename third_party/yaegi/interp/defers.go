package interp

// gonotes patch: deferred calls of the top level and on exit (see
// PATCHES.md, "Deferred calls of the top level, and none on exit").

import (
	"reflect"
	"sync/atomic"
	"unsafe"
)

// SkipsDeferred is implemented by a panic value that ends the program the
// way os.Exit does: while it unwinds interpreted frames, their deferred
// calls do not run (and recover in them cannot stop it). A host that
// replaces os.Exit by such a panic (to end a REPL input, not the process)
// gets Go's behaviour: no deferred call runs after os.Exit.
type SkipsDeferred interface {
	SkipsDeferred() bool
}

func skipsDeferred(r interface{}) bool {
	s, ok := r.(SkipsDeferred)
	return ok && s.SkipsDeferred()
}

// HoldDefers makes the deferred calls of the top level of an input (a
// defer statement outside any func) wait for the end of a later input
// instead of running at the end of this one: a host that runs one program
// as several inputs sets it for all but the last, so that they run once,
// at the end of the program, as those of main do. A panic still runs them
// at once. Set it between inputs only.
func (interp *Interpreter) HoldDefers(hold bool) {
	var v int32
	if hold {
		v = 1
	}
	atomic.StoreInt32(&interp.holdDefers, v)
}

// DropDefers forgets the deferred calls of the top level that have not run
// (held by HoldDefers when an input ended with an error).
func (interp *Interpreter) DropDefers() {
	f := interp.frame
	f.mutex.Lock()
	f.deferred = nil
	f.mutex.Unlock()
}

// takeDeferred returns the deferred calls that the end of runCfg on frame
// f must run now, and removes them from f: the global frame lives on after
// an input, and its calls must not run again at the end of the next one.
// completed is false when a panic (f.recovered) unwinds the frame. f.mutex
// is held.
func (interp *Interpreter) takeDeferred(f *frame, completed bool) [][]reflect.Value {
	d := f.deferred
	switch {
	case !completed && skipsDeferred(f.recovered):
		d = nil
	case completed && f == interp.frame && atomic.LoadInt32(&interp.holdDefers) == 1:
		return nil
	case f.stopped() && unsafe.Pointer(f.loadCtl().stop) == atomic.LoadPointer(&interp.skipStop):
		d = nil // see StopSkipsDeferred
	}
	f.deferred = nil
	return d
}

// StopSkipsDeferred makes the frames of the current run (the last
// ExecuteWithContext, and the goroutines its go statements started) run no
// deferred call when a stop of the run (its context ended) ends them: a
// stopped frame returns, and its deferred calls ran, after
// ExecuteWithContext had returned. A host calls it before it ends the
// context of a run it stops because the program ended there (os.Exit or a
// panic in another goroutine, a fatal error), where Go runs no deferred
// call. A later run is not affected.
func (interp *Interpreter) StopSkipsDeferred() {
	interp.mutex.RLock()
	stop := interp.runStop
	interp.mutex.RUnlock()
	atomic.StorePointer(&interp.skipStop, unsafe.Pointer(stop))
}

func (interp *Interpreter) noteTopRecovered() { atomic.StoreInt32(&interp.topRecov, 1) }

// TopLevelRecovered reports whether, since the last call, a panic of the
// top level of an input (outside any func) was recovered by a deferred
// call of the top level, and clears the report. The input then ended
// there, as main returns once its deferred calls have recovered a panic;
// a host that runs one program as several inputs must not run the next
// ones.
func (interp *Interpreter) TopLevelRecovered() bool {
	return atomic.SwapInt32(&interp.topRecov, 0) == 1
}
