package interp

// gonotes patch: a limit on the nesting of interpreted calls.

import (
	"fmt"
	"sync/atomic"
)

// MaxCallDepth is how deeply interpreted functions may call each other on
// one goroutine. A call beyond it panics with a RecursionError ("stack
// overflow: goroutine stack exceeds ..."), which the program can recover,
// instead of growing the goroutine's stack or the heap until the Go
// runtime kills the whole process ("fatal error: stack overflow" cannot
// be recovered).
//
// A call run by the fast call machine (fastcallstep.go) takes no Go stack
// but about 1 KB of heap for its frame (measured with Go 1.26: a
// recursion 1 000 000 deep holds about 1 GB); one run by the tree-walking
// run (a function calling compiled code, with a defer...) also takes 1.3
// to 2.7 KB of Go stack (200 000 nested calls grew the goroutine's stack
// to 512 MB, whose next size, 1 GiB, exceeds Go's default limit of 1 GB).
// Such a call counts as MaxCallDepth/MaxStackCallDepth calls (see
// stackCallWeight), so that at most MaxStackCallDepth of them nest. A
// host sets MaxCallDepth by the memory it has (gonotes: from its cgroup's
// limit). gonotes patch (s13-misc): was 100 000 for every call.
var MaxCallDepth = 1000000

// MaxStackCallDepth is how many calls that take Go stack (see
// MaxCallDepth) may nest on one goroutine: 100 000 take 128 to 256 MB.
var MaxStackCallDepth = 100000

// stackCallWeight returns how many calls a call that takes Go stack
// counts as.
func stackCallWeight() int {
	if MaxStackCallDepth <= 0 || MaxCallDepth <= MaxStackCallDepth {
		return 1
	}
	return MaxCallDepth / MaxStackCallDepth
}

// stackDepthError returns the panic value of a call that takes Go stack
// nested beyond MaxCallDepth.
func stackDepthError() RecursionError {
	return RecursionError{Depth: MaxCallDepth / stackCallWeight()}
}

// MaxClosureDepth is how deeply calls of interpreted closures and methods
// called through reflect (which use about 4 KB of Go stack each) may nest
// on one goroutine: 10 000 of them take about 40 MB.
var MaxClosureDepth = 10000

// RecursionError is the panic value of a call nested more than
// MaxCallDepth deep, usually a recursion without a base case. Its message
// has the words of Go's fatal error (runtime: goroutine stack exceeds
// 1000000000-byte limit, fatal error: stack overflow).
type RecursionError struct {
	Depth int
}

func (e RecursionError) Error() string {
	return fmt.Sprintf("stack overflow: goroutine stack exceeds the interpreter's limit of %d nested calls", e.Depth)
}

// GoroutineID, when set, returns the calling goroutine's id. It lets the
// interpreter count nested calls of closures, which go through reflect and
// so do not see their caller's frame, per goroutine (see MaxCallDepth).
var GoroutineID func() int64

// closureSlots count, per goroutine, the closure calls in progress. A
// goroutine owns the slot of its id (modulo the table size) while it is
// inside a closure; when another goroutine owns it, its calls are not
// counted (rare, and the limit only guards against runaway recursion).
var closureSlots [4096]struct {
	id atomic.Int64
	n  atomic.Int32
}

// enterClosure counts a call of an interpreted closure on the calling
// goroutine; the caller defers leaveClosure with the result. Beyond
// MaxClosureDepth it panics with a RecursionError.
func enterClosure() int {
	if GoroutineID == nil {
		return -1
	}
	id := GoroutineID()
	i := int(uint64(id) % uint64(len(closureSlots)))
	s := &closureSlots[i]
	switch {
	case s.id.Load() == id:
		if n := s.n.Add(1); int(n) > MaxClosureDepth {
			leaveClosure(i)
			panic(RecursionError{Depth: MaxClosureDepth})
		}
	case s.id.CompareAndSwap(0, id):
		s.n.Store(1)
	default:
		return -1
	}
	return i
}

func leaveClosure(i int) {
	if i < 0 {
		return
	}
	s := &closureSlots[i]
	if s.n.Add(-1) == 0 {
		s.id.Store(0)
	}
}
