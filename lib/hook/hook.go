// Package hook connects the gonotes library to the program that hosts it.
//
// A host such as the gonotes Jupyter kernel runs user code in scopes: one
// [Scope] per executed cell. Every goroutine that works for a cell is bound to
// that cell's scope, so that its output reaches the cell that started it, its
// blocking calls end when that cell is interrupted, and the library can tell
// which cell a thread belongs to. In an ordinary compiled program there is no
// scope at all: output goes to os.Stdout and os.Stderr and nothing is ever
// interrupted, so the library behaves like any Go library.
//
// The library (lib/...) only reads scopes; the host creates them, binds the
// goroutine that runs a cell with [Bind], marks it [SetActive], calls
// [Scope.Interrupt] on Interrupt and [Scope.End] when the cell has finished
// (its goroutines then print into the cell running now, see [OutputScope]). Goroutines started by the library or by
// rewritten `go` statements inherit their parent's scope through [Go] or
// [Bind].
package hook

import (
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/petermattis/goid"
)

// ResultMetadata is the key, in the MIME bundle of a cell's result that a
// host's interpreter returns, of the result's display metadata (a
// map[string]any, such as an image's width and height); the kernel
// publishes it as the execute_result's metadata, not as a part of the bundle.
const ResultMetadata = "gonotes/metadata"

// KeyboardInterrupt is the panic value with which an interrupted blocking call
// unwinds, as Python raises KeyboardInterrupt in the main thread. Hosts report
// it as the cell's error; library goroutines that end because of it end
// quietly.
var KeyboardInterrupt = interruptError{}

type interruptError struct{}

func (interruptError) Error() string { return "KeyboardInterrupt" }

// IsInterrupt reports whether v (a recovered panic value or an error) is
// [KeyboardInterrupt].
func IsInterrupt(v any) bool {
	_, ok := v.(interruptError)
	return ok
}

// Scope is the unit of work of a host: one notebook cell. Fields are set by
// the host before the scope is used and not changed afterwards.
type Scope struct {
	// ID identifies the scope for the host (the kernel uses the execution
	// count).
	ID int64
	// Stdout and Stderr receive what goroutines of this scope print through
	// [Stdout] and [Stderr]. Nil means os.Stdout / os.Stderr.
	Stdout, Stderr io.Writer
	// Display publishes rich output (a MIME bundle) for this scope; nil means
	// rich output degrades to text. A non-empty displayID with update true
	// replaces an earlier output of that id.
	Display func(data, metadata map[string]any, displayID string, update bool)
	// Clear clears the scope's output so far, at once or (wait) when the
	// next output arrives, as Jupyter's clear_output; nil means there is
	// nothing to clear.
	Clear func(wait bool)
	// Input asks the user for a line of text; nil means there is no user to
	// ask and reading fails.
	Input func(prompt string, password bool) (string, error)
	// Comm publishes a comm message to the front end: kind is "comm_open",
	// "comm_msg" or "comm_close", content the message's content (comm_id,
	// data, and target_name for comm_open), metadata its metadata (nil:
	// none). Nil means there is no front end: comm messages go nowhere.
	Comm func(kind string, content, metadata map[string]any)
	// Environ returns the environment of the processes that code of this
	// scope starts through the library ([Environ]); nil means
	// os.Environ(). The gonotes kernel sets the interpreter's, which
	// os.Setenv in a cell changes without changing the kernel's own, so
	// that a child sees what the cell set, as a Python child sees
	// os.environ.
	Environ func() []string

	done      chan struct{}
	interrupt sync.Once
	ended     atomic.Bool
	parent    *Scope // of a Derive'd scope: the one that owns done
}

// NewScope returns a scope with the given id whose output goes to stdout and
// stderr.
func NewScope(id int64, stdout, stderr io.Writer) *Scope {
	return &Scope{ID: id, Stdout: stdout, Stderr: stderr, done: make(chan struct{})}
}

// Derive returns a new scope with s's ID, host functions (Display, Clear,
// Input, Comm, Environ) and interrupts (it is interrupted when s is, and
// interrupting it interrupts s), whose fields the caller then changes to
// redirect some of the output, e.g. into a widget. A nil s gives a scope
// that is never interrupted and has no host functions.
func (s *Scope) Derive() *Scope {
	if s == nil {
		return NewScope(0, nil, nil)
	}
	return &Scope{ID: s.ID, Stdout: s.Stdout, Stderr: s.Stderr, Display: s.Display, Clear: s.Clear,
		Input: s.Input, Comm: s.Comm, Environ: s.Environ, done: s.done, parent: s}
}

// Done returns a channel that is closed when the scope is interrupted. A nil
// scope is never interrupted: its Done channel is nil, which blocks forever in
// a select, so library code can always write
//
//	select { case <-ready: ...; case <-hook.Current().Done(): panic(hook.KeyboardInterrupt) }
func (s *Scope) Done() <-chan struct{} {
	if s == nil {
		return nil
	}
	return s.done
}

// Interrupt marks the scope interrupted: every library wait of its
// goroutines returns by panicking with [KeyboardInterrupt], and [Check] in
// its goroutines panics. Calling it again does nothing.
func (s *Scope) Interrupt() {
	if s == nil {
		return
	}
	if s.parent != nil {
		s.parent.Interrupt()
		return
	}
	s.interrupt.Do(func() {
		close(s.done)
		interrupted.Add(1)
	})
}

// Interrupted reports whether the scope has been interrupted.
func (s *Scope) Interrupted() bool {
	if s == nil {
		return false
	}
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// End marks the scope's cell as finished. From then on, output of its
// goroutines goes to the cell running now, if one runs (see [OutputScope]).
// A nil scope ignores it.
func (s *Scope) End() {
	if s != nil {
		s.ended.Store(true)
	}
}

// Ended reports whether [Scope.End] was called.
func (s *Scope) Ended() bool { return s != nil && s.ended.Load() }

// OutputScope returns the scope that receives the output of a goroutine
// bound to s: s while its cell runs; once it has ended, the active scope if
// that cell is still running (a worker thread started in one cell prints
// into the next one, as ipykernel sends a thread's output to the cell being
// executed), else s again (no cell runs: output stays with the cell that
// started the goroutine).
func OutputScope(s *Scope) *Scope {
	if s.Ended() {
		if a := active.Load(); a != nil && !a.Ended() {
			return a
		}
	}
	return s
}

var (
	active      atomic.Pointer[Scope]
	bound       sync.Map     // goroutine id -> *Scope
	nbound      atomic.Int64 // entries in bound, to skip the map when empty
	interrupted atomic.Int64 // scopes ever interrupted, for the fast path of Check
	resets      atomic.Int64 // calls of Reset, so that restores of earlier Binds do nothing
)

// SetActive makes s the scope of goroutines that are bound to none: the cell
// now running. Writes from unbound goroutines (and from compiled code that
// writes to the process's own stdout) belong to it. It returns the previous
// active scope.
func SetActive(s *Scope) *Scope { return active.Swap(s) }

// Active returns the scope set by [SetActive], or nil.
func Active() *Scope { return active.Load() }

// Bind binds the calling goroutine to s until the returned function is
// called, which restores the previous binding. Use it as
//
//	defer hook.Bind(s)()
func Bind(s *Scope) (restore func()) {
	id := goid.Get()
	gen := resets.Load()
	prev, had := bound.Load(id)
	if s == nil {
		bound.Delete(id)
	} else {
		bound.Store(id, s)
	}
	if !had && s != nil {
		nbound.Add(1)
	}
	if had && s == nil {
		nbound.Add(-1)
	}
	return func() {
		if resets.Load() != gen {
			// Reset forgot every binding since: this one is gone, and
			// undoing it would put nbound below the bindings there are.
			return
		}
		if had {
			if s == nil {
				nbound.Add(1)
			}
			bound.Store(id, prev)
			return
		}
		if s != nil {
			bound.Delete(id)
			nbound.Add(-1)
		}
	}
}

// Current returns the scope of the calling goroutine: the one it is bound to,
// else the active scope, else nil (a compiled program).
func Current() *Scope {
	if nbound.Load() > 0 {
		if s, ok := bound.Load(goid.Get()); ok {
			return s.(*Scope)
		}
	}
	return active.Load()
}

// Go runs f in a new goroutine bound to the caller's scope, so that its
// output and interrupts follow the cell that started it.
func Go(f func()) {
	s := Current()
	go func() {
		defer Bind(s)()
		f()
	}()
}

// Check panics with [KeyboardInterrupt] if the calling goroutine's scope has
// been interrupted. It costs one atomic load while no scope was ever
// interrupted.
func Check() {
	if interrupted.Load() == 0 {
		return
	}
	if Current().Interrupted() {
		panic(KeyboardInterrupt)
	}
}

// Stdout returns a writer that writes to the Stdout of the calling
// goroutine's scope (of the running cell once that scope has ended, see
// [OutputScope]), or to os.Stdout outside a host. The scope is looked up at
// each Write, so one writer may be shared by goroutines of different cells.
func Stdout() io.Writer { return routed{err: false} }

// Stderr is like [Stdout] for standard error.
func Stderr() io.Writer { return routed{err: true} }

type routed struct{ err bool }

func (r routed) Write(p []byte) (int, error) { return r.writer().Write(p) }

// WriteString, Close and Sync complete the methods of *os.File that a
// program calls through an os.Stdout or os.Stderr kept in an interface
// (an io.WriteCloser field): Close and Sync leave the kernel's stream open
// and do nothing.
func (r routed) WriteString(s string) (int, error) { return io.WriteString(r.writer(), s) }
func (r routed) Close() error                      { return nil }
func (r routed) Sync() error                       { return nil }

// writer returns the writer r writes to now.
func (r routed) writer() io.Writer {
	s := OutputScope(Current())
	var w io.Writer
	switch {
	case s != nil && r.err && s.Stderr != nil:
		w = s.Stderr
	case s != nil && !r.err && s.Stdout != nil:
		w = s.Stdout
	case r.err:
		w = os.Stderr
	default:
		w = os.Stdout
	}
	return w
}

// Reset forgets every binding, the active scope and the main goroutine. Tests use it to start
// from a clean state.
func Reset() {
	resets.Add(1)
	active.Store(nil)
	bound.Range(func(k, _ any) bool { bound.Delete(k); return true })
	nbound.Store(0)
	interrupted.Store(0)
	SetMainGoroutine(0)
}

// GoID returns the calling goroutine's id, cheaply (a few nanoseconds on the
// common architectures). The library's thread identity is [ThreadID], which
// differs from it only in the main goroutine.
func GoID() int64 { return goid.Get() }

var commHandler atomic.Pointer[func(kind string, content map[string]any) bool]

// SetCommHandler installs f, which [HandleComm] calls with each comm message
// a front end sends (lib/comm installs one). Nil removes it.
func SetCommHandler(f func(kind string, content map[string]any) (handled bool)) {
	if f == nil {
		commHandler.Store(nil)
		return
	}
	commHandler.Store(&f)
}

// HandleComm delivers a comm message from the front end (kind "comm_open",
// "comm_msg" or "comm_close", with its content) to the comm handler. Hosts
// call it from a goroutine bound to a scope whose Comm answers the front
// end. It reports whether the message was handled: false for a comm_open
// whose target is unknown (or when no handler is installed), which the host
// then closes, as the protocol asks.
func HandleComm(kind string, content map[string]any) bool {
	if f := commHandler.Load(); f != nil {
		return (*f)(kind, content)
	}
	return false
}

var flushers struct {
	mu sync.Mutex
	fs []func()
}

// OnFlush registers f, which [Flush] calls: a library that holds output
// back (lib/widgets coalesces a widget's state updates) registers one that
// sends what it holds.
func OnFlush(f func()) {
	flushers.mu.Lock()
	defer flushers.mu.Unlock()
	flushers.fs = append(flushers.fs, f)
}

// Flush calls the functions registered with [OnFlush], in order. A host
// calls it when a cell (or the handler of a front end's message) has
// finished, before it reports it done, so that the front end has
// everything it produced before the kernel goes idle.
func Flush() {
	flushers.mu.Lock()
	fs := append([]func(){}, flushers.fs...)
	flushers.mu.Unlock()
	for _, f := range fs {
		f()
	}
}

var sleepTracer atomic.Pointer[func(time.Duration) func()]

// SetSleepTracer installs f, which a host's time.Sleep for cells calls as a
// sleep of d begins; the function f returns (if not nil) is called when the
// sleep ends. lib/threading installs one, so that a timeline draws sleeping
// threads as sleeping.
func SetSleepTracer(f func(d time.Duration) (end func())) {
	if f == nil {
		sleepTracer.Store(nil)
		return
	}
	sleepTracer.Store(&f)
}

// TraceSleep calls the sleep tracer, if any, for a sleep of d beginning
// now, and returns the function to call when it ends (never nil).
func TraceSleep(d time.Duration) (end func()) {
	if f := sleepTracer.Load(); f != nil {
		if end := (*f)(d); end != nil {
			return end
		}
	}
	return func() {}
}

var threadTracer atomic.Pointer[func(name string) func(body func())]

// SetThreadTracer installs f, which the library calls in the goroutine that
// starts a thread (threading.Thread.Start, and so the workers of
// futures.ThreadPoolExecutor) with the thread's name, before the thread's
// goroutine starts. The function f returns, when not nil, runs the
// thread's body in the new goroutine and must call body. A kernel uses it to
// tell which cell line started a thread (its race detector reports). Nil
// removes it.
func SetThreadTracer(f func(name string) (run func(body func()))) {
	if f == nil {
		threadTracer.Store(nil)
		return
	}
	threadTracer.Store(&f)
}

// TraceThread calls the tracer of [SetThreadTracer] in the goroutine that
// starts the thread name, and returns what it returned (nil without one).
// It costs one atomic load while none is installed.
func TraceThread(name string) (run func(body func())) {
	if f := threadTracer.Load(); f != nil {
		return (*f)(name)
	}
	return nil
}

// Environ returns the environment for a child process that the library
// starts (subprocess, multiprocessing) from the calling goroutine: that of
// its scope's Environ, else os.Environ().
func Environ() []string {
	if sc := Current(); sc != nil && sc.Environ != nil {
		return sc.Environ()
	}
	return os.Environ()
}
