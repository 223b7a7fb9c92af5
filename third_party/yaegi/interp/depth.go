package interp

// gonotes patch: a limit on the nesting of interpreted calls.

import (
	"fmt"
	"sync/atomic"
)

// MaxCallDepth is how deeply interpreted functions may call each other on
// one goroutine. A call beyond it panics with a RecursionError, which the
// program can recover, instead of growing the goroutine's stack until the
// Go runtime kills the whole process ("fatal error: stack overflow" cannot
// be recovered). An interpreted call uses about 0.6 to 1.3 KB of Go stack
// (measured with Go 1.26: 608 bytes a frame of a recursive DFS, 720 of a
// method, 1272 of a func with a defer; none when the fast call machine
// runs it, fastcallstep.go), and a goroutine's stack can grow to 512 MB
// under Go's default limit of 1 GB (stacks double: the next size, 1 GiB,
// exceeds it): 100 000 nested calls take at most about 130 MB. (A larger
// limit would fit, but a panic unwinds an interpreted frame in about
// 0.02 to 0.25 ms: a recursion without a base case would take seconds to
// minutes to report its error.)
var MaxCallDepth = 100000

// MaxClosureDepth is how deeply calls of interpreted closures and methods
// called through reflect (which use about 4 KB of Go stack each) may nest
// on one goroutine: 10 000 of them take about 40 MB.
var MaxClosureDepth = 10000

// RecursionError is the panic value of a call nested more than
// MaxCallDepth deep, usually a recursion without a base case.
type RecursionError struct {
	Depth int
}

func (e RecursionError) Error() string {
	return fmt.Sprintf("RecursionError: maximum recursion depth exceeded (%d nested calls)", e.Depth)
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
