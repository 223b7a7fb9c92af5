package interp

// gonotes patch (s16-public11a): see PATCHES.md, "A hook told when a panic
// starts and stops unwinding a goroutine's interpreted frames".

// SetUnwindHook installs f (nil removes it), which the interpreter calls
// on the goroutine of a panic: with unwinding true and the panic value r
// when the panic reaches an interpreted frame that has deferred calls,
// before they run, and with unwinding false (r nil) when those calls
// recovered it. A Go program ends the moment an unrecovered panic has run
// the deferred calls of its goroutine, but a deferred call
// (wg.Done(), close(done)) may wake another goroutine first; a host that
// runs the program's goroutines and reports such a panic only after the
// goroutine's last frame let it through can use the hook to hold back what
// the other goroutines do in between. A panic that several frames let
// through calls f with true once per frame with deferred calls; one that
// compiled code recovers (a callback's panic caught by its caller) calls
// it with true and never with false.
func (interp *Interpreter) SetUnwindHook(f func(r any, unwinding bool)) {
	if f == nil {
		interp.unwindHook.Store(nil)
		return
	}
	interp.unwindHook.Store(&f)
}

// unwound calls the hook of SetUnwindHook, if any.
func (interp *Interpreter) unwound(r any, unwinding bool) {
	if h := interp.unwindHook.Load(); h != nil {
		(*h)(r, unwinding)
	}
}
