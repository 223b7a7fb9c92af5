//go:build go1.23

package interp

// gonotes patch: range over function iterators. The runtime's own errors,
// obtained from compiled loops that misbehave on purpose, so that the
// interpreter panics with the same runtime.Error values (and texts) as
// compiled code.

var rangeFuncErrors = [...]any{
	rfReady: nil,
	rfRunning: rangeFuncError(func() { // yield called again after a loop body panic
		for range func(yield func() bool) {
			defer func() { recover(); yield() }()
			yield()
		} {
			panic(0)
		}
	}),
	rfDone: rangeFuncError(func() { // yield called again after it returned false
		for range func(yield func() bool) { yield(); yield() } {
			break
		}
	}),
	rfExhausted: rangeFuncError(func() { // yield called after the loop ended
		var y func() bool
		for range func(yield func() bool) { y = yield } {
		}
		y()
	}),
	rfMissingPanic: rangeFuncError(func() { // iterator recovered a loop body panic
		for range func(yield func() bool) {
			defer func() { recover() }()
			yield()
		} {
			panic(0)
		}
	}),
}

func rangeFuncError(f func()) (err any) {
	defer func() { err = recover() }()
	f()
	return nil
}
