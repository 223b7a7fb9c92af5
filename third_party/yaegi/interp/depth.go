package interp

// gonotes patch: a limit on the nesting of interpreted calls.

import "fmt"

// MaxCallDepth is how deeply interpreted functions may call each other on
// one goroutine. A call beyond it panics with a RecursionError, which the
// program can recover, instead of growing the goroutine's stack until the
// Go runtime kills the whole process ("fatal error: stack overflow" cannot
// be recovered). Each interpreted call uses a few kilobytes of Go stack.
var MaxCallDepth = 10000

// RecursionError is the panic value of a call nested more than
// MaxCallDepth deep, usually a recursion without a base case.
type RecursionError struct {
	Depth int
}

func (e RecursionError) Error() string {
	return fmt.Sprintf("RecursionError: maximum recursion depth exceeded (%d nested calls)", e.Depth)
}
