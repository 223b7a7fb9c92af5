package futures

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/pyrepr"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// Errors, with Python's names.
var (
	// ErrCancelled is the error of a cancelled Future (Python's
	// concurrent.futures.CancelledError).
	ErrCancelled = errors.New("concurrent.futures.CancelledError")
	// ErrTimeout is returned when a timed wait ends before the result
	// (Python's TimeoutError).
	ErrTimeout = errors.New("TimeoutError")
	// ErrBrokenThreadPool is the error of the tasks of a ThreadPoolExecutor
	// whose Initializer failed, and what Submit then panics with (Python's
	// BrokenThreadPool, with its message).
	ErrBrokenThreadPool = errors.New("BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore")
	// ErrBrokenProcessPool is the error of the tasks of a
	// ProcessPoolExecutor running or pending when one of its worker
	// processes ended abruptly (killed, or os.Exit in a task), Python's
	// BrokenProcessPool with its message; Submit then panics with
	// ErrProcessPoolNotUsable.
	ErrBrokenProcessPool = errors.New("BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.")
	// ErrProcessPoolNotUsable is what Submit of a broken
	// ProcessPoolExecutor panics with (Python's BrokenProcessPool, raised by
	// submit, with its message).
	ErrProcessPoolNotUsable = errors.New("BrokenProcessPool: A child process terminated abruptly, the process pool is not usable anymore")
)

// PanicError is the error of a Future whose task panicked: Python's
// result() re-raises the task's own exception; Go returns this error, whose
// message is the task's own (what panic was given), as Python's str(e). It
// unwraps to the panic value when that is an error.
type PanicError struct {
	// Value is what the task panicked with.
	Value any
	// Stack is the task goroutine's stack at the panic, user frames only.
	Stack string
}

// Error returns the panic value's message: the error's Error(), else the
// value formatted with %v ("bad input" for panic("bad input")).
func (e *PanicError) Error() string {
	if err, ok := e.Value.(error); ok {
		return err.Error()
	}
	return fmt.Sprint(e.Value)
}

// Unwrap returns the panic value if it is an error.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// Future states.
const (
	pending int32 = iota
	running
	cancelled
	finished
)

// Future is the eventual result of a task submitted to an executor, as
// Python's concurrent.futures.Future.
type Future struct {
	state  atomic.Int32
	runner atomic.Int64 // goroutine running the task
	done   chan struct{}

	mu        sync.Mutex
	result    any
	err       error
	callbacks []func(*Future)
	notify    []chan *Future // Wait and AsCompleted
	id        atomic.Int64
	// notified says that Wait and AsCompleted count the future done: it
	// finished, or it was cancelled and its executor has noticed (Python's
	// CANCELLED_AND_NOTIFIED: a thread pool notices when a worker takes
	// the cancelled task from its queue).
	notified atomic.Bool
	// notifyOnCancel makes a Cancel noticed at once (process pools).
	notifyOnCancel bool
}

func newFuture() *Future { return &Future{done: make(chan struct{})} }

// NewFuture returns a pending Future that no executor runs, to be completed
// by SetResult or SetException (Python's Future(), which its docs keep for
// tests and for code that hands a result from one thread to another).
func NewFuture() *Future { return newFuture() }

// SetResult finishes the future with the result v: waiters wake up and the
// callbacks run (Python's set_result). A future already done panics with
// Python's InvalidStateError ("InvalidStateError: FINISHED: <Future ...>").
func (f *Future) SetResult(v any) { f.setOnce(v, nil) }

// SetException finishes the future with the error err, which Result and
// Exception then return (Python's set_exception); a future already done
// panics as SetResult does.
func (f *Future) SetException(err error) { f.setOnce(nil, err) }

func (f *Future) setOnce(v any, err error) {
	f.mu.Lock()
	switch f.state.Load() {
	case finished, cancelled:
		state := "FINISHED"
		if f.state.Load() == cancelled {
			// Python's two cancelled states: CANCELLED_AND_NOTIFIED once
			// set_running_or_notify_cancel (or the executor) has seen it.
			state = "CANCELLED"
			if f.notified.Load() {
				state = "CANCELLED_AND_NOTIFIED"
			}
		}
		f.mu.Unlock()
		panic(fmt.Errorf("InvalidStateError: %s: %v", state, f))
	}
	f.result, f.err = v, err
	f.state.Store(finished)
	f.complete(true)
}

// Done reports whether the task finished or was cancelled.
func (f *Future) Done() bool { s := f.state.Load(); return s == finished || s == cancelled }

// Running reports whether a worker is running the task now.
func (f *Future) Running() bool { return f.state.Load() == running }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state.Load() == cancelled }

// Cancel cancels the task if it has not started and reports whether the
// future is cancelled (false for a running or finished task). Done is then
// true and the callbacks run at once; [Wait] and [AsCompleted] count the
// future done once its executor has noticed, as in Python: a thread pool
// notices when a worker reaches the task in its queue.
func (f *Future) Cancel() bool {
	f.mu.Lock()
	switch f.state.Load() {
	case running, finished:
		f.mu.Unlock()
		return false
	case cancelled:
		f.mu.Unlock()
		return true
	}
	f.state.Store(cancelled)
	f.err = ErrCancelled
	f.complete(f.notifyOnCancel)
	return true
}

// setRunning marks a pending future running; false if it was cancelled,
// which then notifies the waiters (Python's set_running_or_notify_cancel).
func (f *Future) setRunning(g int64) bool {
	f.mu.Lock()
	if st := f.state.Load(); st != pending {
		var ns []chan *Future
		if st == cancelled && !f.notified.Load() {
			f.notified.Store(true)
			ns, f.notify = f.notify, nil
		}
		f.mu.Unlock()
		for _, c := range ns {
			c <- f
		}
		return false
	}
	f.runner.Store(g)
	f.state.Store(running)
	f.mu.Unlock()
	return true
}

// SetRunningOrNotifyCancel is Python's set_running_or_notify_cancel, for
// code that runs the work of a [NewFuture] itself: it marks a pending
// future running and returns true, or returns false for a cancelled one
// (whose waiters in Wait and AsCompleted are then told). A future already
// running or finished panics with "RuntimeError: Future in unexpected
// state".
func (f *Future) SetRunningOrNotifyCancel() bool {
	if st := f.state.Load(); st == running || st == finished {
		panic(errors.New("RuntimeError: Future in unexpected state"))
	}
	return f.setRunning(hook.ThreadID())
}

func (f *Future) set(result any, err error) {
	f.mu.Lock()
	f.result, f.err = result, err
	f.state.Store(finished)
	f.complete(true)
}

// complete closes done, and calls the callbacks and, with notify, notifies
// waiters, outside the mutex. Called with f.mu held; unlocks it.
func (f *Future) complete(notify bool) {
	close(f.done)
	cbs := f.callbacks
	f.callbacks = nil
	var ns []chan *Future
	if notify {
		f.notified.Store(true)
		ns, f.notify = f.notify, nil
	}
	f.mu.Unlock()
	for _, c := range ns {
		c <- f
	}
	for _, cb := range cbs {
		f.call(cb)
	}
}

func (f *Future) call(cb func(*Future)) {
	defer func() {
		if r := recover(); r != nil && !hook.IsInterrupt(r) {
			fmt.Fprintf(hook.Stderr(), "exception calling callback for %v\npanic: %v\n", f, r)
		}
	}()
	cb(f)
}

// AddDoneCallback arranges for fn to be called with the future when it
// finishes or is cancelled, in the goroutine that completes it; at once, in
// the caller, if it is already done. A panic in fn is printed and ignored.
func (f *Future) AddDoneCallback(fn func(*Future)) {
	f.mu.Lock()
	if !f.Done() {
		f.callbacks = append(f.callbacks, fn)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	f.call(fn)
}

// subscribe arranges for f to be sent on c when it completes; it reports
// false (and sends nothing) if f is already done.
func (f *Future) subscribe(c chan *Future) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.notified.Load() {
		return false
	}
	f.notify = append(f.notify, c)
	return true
}

func (f *Future) unsubscribe(c chan *Future) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, x := range f.notify {
		if x == c {
			f.notify = append(f.notify[:i], f.notify[i+1:]...)
			return
		}
	}
}

// Result waits for the task and returns its result, or its error: a
// *PanicError if it panicked, ErrCancelled if it was cancelled.
func (f *Future) Result() (any, error) {
	f.wait(-1)
	return f.outcome()
}

// ResultTimeout is Result waiting at most d; it returns ErrTimeout if the
// task is not done by then.
func (f *Future) ResultTimeout(d time.Duration) (any, error) {
	if !f.wait(max(d, 0)) {
		return nil, ErrTimeout
	}
	return f.outcome()
}

// Exception waits for the task and returns its error (nil if it returned
// normally, ErrCancelled if it was cancelled), as Python's exception().
func (f *Future) Exception() error {
	f.wait(-1)
	_, err := f.outcome()
	return err
}

// ExceptionTimeout is Exception waiting at most d (Python's
// exception(timeout=d)): it returns ErrTimeout if the task is not done by
// then, else what Exception returns. A d of 0 or less only looks.
func (f *Future) ExceptionTimeout(d time.Duration) error {
	if !f.wait(max(d, 0)) {
		return ErrTimeout
	}
	_, err := f.outcome()
	return err
}

func (f *Future) outcome() (any, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.result, f.err
}

// wait blocks until f is done, d passes (d < 0: never) or the caller's
// cell is interrupted (panic); it reports whether f is done.
func (f *Future) wait(d time.Duration) bool {
	select {
	case <-f.done:
		return true
	default:
	}
	if d == 0 {
		return false
	}
	scope := hook.Current()
	timeout, stop := waits.Timer(d)
	defer stop()
	if d < 0 {
		rec := &waits.Rec{G: hook.ThreadID(), Obj: (*futureObj)(f), Scope: scope}
		waits.Block(rec)
		defer waits.Unblock(rec)
	}
	if trace.On() {
		waits.Emit(trace.FutureWait, f.label(), nil)
	}
	ok := false
	select {
	case <-f.done:
		ok = true
	case <-scope.Done():
		panic(hook.KeyboardInterrupt)
	case <-timeout:
	}
	if trace.On() {
		waits.Emit(trace.WaitDone, f.label(), nil)
	}
	return ok
}

// String returns what Python shows, e.g. "<Future#1 state=pending>",
// "<Future#2 state=finished returned int>" ("str" for a string, "list" for
// a slice: Python's type names), "<Future#3 state=finished raised
// ValueError>" for a task that panicked with "ValueError: ..." (Python
// shows the exception's class), "<Future#4 state=finished raised panic:
// boom>" for another panic.
func (f *Future) String() string {
	s := "<" + f.label() + " state="
	switch f.state.Load() {
	case pending:
		s += "pending"
	case running:
		s += "running"
	case cancelled:
		s += "cancelled"
	default:
		// Python shows the class of the exception or of the result:
		// "finished raised ValueError", "finished returned str".
		r, err := f.outcome()
		var pe *PanicError
		switch {
		case err != nil && pyrepr.ExceptionClass(err.Error()) != "":
			s += "finished raised " + pyrepr.ExceptionClass(err.Error())
		case errors.As(err, &pe):
			s += "finished raised panic: " + err.Error()
		case err != nil:
			s += "finished raised " + err.Error()
		default:
			s += "finished returned " + pyrepr.TypeName(r)
		}
	}
	return s + ">"
}

func (f *Future) label() string { return waits.Label("Future", "", &f.id) }

type futureObj Future

func (o *futureObj) Label() string      { return (*Future)(o).label() }
func (o *futureObj) HolderVerb() string { return "run by" }
func (o *futureObj) Holder() int64 {
	f := (*Future)(o)
	if f.state.Load() != running {
		return 0
	}
	return f.runner.Load()
}

// Ways for [Wait] to return (Python's return_when).
const (
	// FirstCompleted returns when any future finishes or is cancelled.
	FirstCompleted = "FIRST_COMPLETED"
	// FirstException returns when any future finishes with an error, or
	// when all are done.
	FirstException = "FIRST_EXCEPTION"
	// AllCompleted returns when all futures are done.
	AllCompleted = "ALL_COMPLETED"
)

// Wait waits for the futures as returnWhen says (FirstCompleted,
// FirstException or AllCompleted) and returns those done and those not
// done, each in the order of fs and each future once (Python's wait,
// which returns sets).
func Wait(fs []*Future, returnWhen string) (done, notDone []*Future) {
	return wait(fs, -1, returnWhen)
}

// WaitTimeout is Wait giving up after d; it then returns what is done so
// far. A negative d waits no time, as Python's wait(fs, timeout) with a
// negative timeout.
func WaitTimeout(fs []*Future, d time.Duration, returnWhen string) (done, notDone []*Future) {
	return wait(fs, max(d, 0), returnWhen)
}

// wait is Wait giving up after d (d < 0: no limit).
func wait(fs []*Future, d time.Duration, returnWhen string) (done, notDone []*Future) {
	fs = distinct(fs)
	switch returnWhen {
	case FirstCompleted, FirstException, AllCompleted:
	default:
		// As Python's wait, which looks at return_when only when it has
		// to wait: futures all done are returned whatever it says.
		if done, notDone = split(fs); len(notDone) == 0 {
			return done, notDone
		}
		panic(fmt.Errorf("ValueError: Invalid return condition: %s", pyrepr.Str(returnWhen)))
	}
	c := make(chan *Future, len(fs))
	for _, f := range fs {
		f.subscribe(c)
	}
	defer func() {
		for _, f := range fs {
			f.unsubscribe(c)
		}
	}()
	scope := hook.Current()
	timeout, stop := waits.Timer(d)
	defer stop()
	registered := false
	for {
		done, notDone = split(fs)
		if satisfied(done, notDone, returnWhen) {
			return done, notDone
		}
		if d == 0 {
			return done, notDone
		}
		if d < 0 && !registered {
			registered = true
			rec := &waits.Rec{G: hook.ThreadID(), Scope: scope}
			waits.Block(rec)
			defer waits.Unblock(rec)
		}
		select {
		case <-c:
		case <-scope.Done():
			panic(hook.KeyboardInterrupt)
		case <-timeout:
			return split(fs)
		}
	}
}

// distinct returns fs without its repeated futures (Python's wait makes a
// set of them), the first of each kept in place; fs itself if it has none.
func distinct(fs []*Future) []*Future {
	seen := make(map[*Future]bool, len(fs))
	out := fs[:0:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	if len(out) == len(fs) {
		return fs
	}
	return out
}

func split(fs []*Future) (done, notDone []*Future) {
	for _, f := range fs {
		if f.notified.Load() {
			done = append(done, f)
		} else {
			notDone = append(notDone, f)
		}
	}
	return done, notDone
}

func satisfied(done, notDone []*Future, when string) bool {
	if len(notDone) == 0 {
		return true
	}
	switch when {
	case FirstCompleted:
		return len(done) > 0
	case FirstException:
		for _, f := range done {
			if !f.Cancelled() && f.Exception() != nil {
				return true
			}
		}
	}
	return false
}

// AsCompleted returns a channel that yields the futures as they complete
// (finish or are cancelled): first those already done, then each as it
// completes; it is closed after the last one (Python's as_completed).
//
//	for f := range futures.AsCompleted(fs) {
//		r, err := f.Result()
//		...
//	}
//
// If the calling cell is interrupted, the channel is closed early.
func AsCompleted(fs []*Future) <-chan *Future {
	out := make(chan *Future, len(fs))
	c := make(chan *Future, len(fs))
	seen := make(map[*Future]bool, len(fs))
	left := 0
	for _, f := range fs {
		if seen[f] {
			continue
		}
		seen[f] = true
		if !f.subscribe(c) {
			out <- f
			continue
		}
		left++
	}
	if left == 0 {
		close(out)
		return out
	}
	scope := hook.Current()
	go func() {
		defer close(out)
		for ; left > 0; left-- {
			select {
			case f := <-c:
				out <- f
			case <-scope.Done():
				for f := range seen {
					f.unsubscribe(c)
				}
				return
			}
		}
	}()
	return out
}

// AsCompletedTimeout is [AsCompleted] giving up d after the call (Python's
// as_completed(fs, timeout=d)): the channel yields the futures that complete
// in time and is closed at the deadline; the function returned then reports
// the timeout, as Python raises it while iterating: an error wrapping
// ErrTimeout, "TimeoutError: 2 (of 3) futures unfinished" (nil when every
// future completed). Call it after the channel is closed.
//
//	ch, errf := futures.AsCompletedTimeout(fs, time.Second)
//	for f := range ch {
//		...
//	}
//	if err := errf(); err != nil { // TimeoutError: 1 (of 3) futures unfinished
//		...
//	}
func AsCompletedTimeout(fs []*Future, d time.Duration) (<-chan *Future, func() error) {
	out := make(chan *Future, len(fs))
	c := make(chan *Future, len(fs))
	seen := make(map[*Future]bool, len(fs))
	var pending []*Future
	for _, f := range fs {
		if seen[f] {
			continue
		}
		seen[f] = true
		if !f.subscribe(c) {
			out <- f
			continue
		}
		pending = append(pending, f)
	}
	var mu sync.Mutex
	var err error
	errf := func() error {
		mu.Lock()
		defer mu.Unlock()
		return err
	}
	if len(pending) == 0 {
		close(out)
		return out, errf
	}
	scope := hook.Current()
	timer := time.NewTimer(max(d, 0))
	go func() {
		defer close(out)
		defer timer.Stop()
		left := len(pending)
		for ; left > 0; left-- {
			select {
			case f := <-c:
				out <- f
				continue
			case <-timer.C:
				mu.Lock()
				err = fmt.Errorf("%w: %d (of %d) futures unfinished", ErrTimeout, left, len(seen))
				mu.Unlock()
			case <-scope.Done():
			}
			for _, f := range pending {
				f.unsubscribe(c)
			}
			return
		}
	}()
	return out, errf
}
