package futures

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/atexit"
	"github.com/gonotes/gonotes/lib/internal/stack"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
	"github.com/gonotes/gonotes/lib/threading"
)

var executorCounter atomic.Int64 // Python's ThreadPoolExecutor._counter

// ThreadPoolExecutor runs submitted tasks on a pool of worker threads, as
// Python's concurrent.futures.ThreadPoolExecutor. Configure it with fields;
// the zero value is ready to use. Workers are started as tasks arrive (an
// idle worker is reused first), up to MaxWorkers. The workers are
// non-daemon threads, as Python's (since 3.9): [threading.JoinAll], what a
// Python program does at exit, lets an executor never shut down run the
// tasks queued, then waits for its workers.
//
//	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
//	defer ex.Shutdown(true, false)   // Python's with block
//	f := ex.Submit(func() any { return task("First") })
//	r, err := f.Result()
type ThreadPoolExecutor struct {
	// MaxWorkers is the largest number of worker threads; zero means
	// Python's default (max_workers=None), min(32, NumCPU+4). Negative,
	// such as [ZeroWorkers] (Python's max_workers=0), panics with
	// Python's ValueError at the first Submit. Set it before use.
	MaxWorkers int
	// ThreadNamePrefix names the workers PREFIX_0, PREFIX_1...; empty
	// means "ThreadPoolExecutor-N" (N counts executors, from 0).
	ThreadNamePrefix string
	// Initializer, if set, runs at the start of each worker thread, before
	// its first task (Python's initializer with its initargs: pass them by
	// closure). If it panics, the panic is printed ("Exception in
	// initializer:") and the pool is broken, as in Python: the tasks not yet
	// started fail with ErrBrokenThreadPool, and Submit panics with it.
	Initializer func()

	mu       sync.Mutex
	broken   bool
	prefix   string
	queue    []*workItem
	idle     waits.List // parked idle workers; Val receives a *workItem
	threads  []*threading.Thread
	shutdown bool
}

type workItem struct {
	f     *Future
	fn    func() any
	scope *hook.Scope
}

// ZeroWorkers spells Python's max_workers=0 in the MaxWorkers field of
// [ThreadPoolExecutor] and [ProcessPoolExecutor], whose zero value means
// Python's default (max_workers=None): as any negative MaxWorkers, the
// executor's first Submit panics with Python's ValueError ("max_workers
// must be greater than 0").
const ZeroWorkers = -1

// MaxWorkersDefault returns Python's default pool size, min(32, NumCPU+4).
func MaxWorkersDefault() int { return min(32, runtime.NumCPU()+4) }

func (e *ThreadPoolExecutor) maxWorkers() int {
	if e.MaxWorkers == 0 {
		return MaxWorkersDefault()
	}
	if e.MaxWorkers < 0 {
		panic(errors.New("ValueError: max_workers must be greater than 0"))
	}
	return e.MaxWorkers
}

// Submit schedules fn to run on a worker and returns its Future (Python's
// submit(fn, *args): pass arguments by closure). After Shutdown it panics
// with "RuntimeError: cannot schedule new futures after shutdown".
func (e *ThreadPoolExecutor) Submit(fn func() any) *Future {
	f := newFuture()
	item := &workItem{f: f, fn: fn, scope: hook.Current()}
	e.mu.Lock()
	if e.broken {
		e.mu.Unlock()
		panic(ErrBrokenThreadPool)
	}
	if e.shutdown {
		e.mu.Unlock()
		panic(errors.New("RuntimeError: cannot schedule new futures after shutdown"))
	}
	max := e.maxWorkers()
	if w := e.idle.PopFront(); w != nil {
		w.Val = item
		w.Wake()
	} else {
		e.queue = append(e.queue, item)
		if len(e.threads) < max {
			e.startWorker()
		}
	}
	e.mu.Unlock()
	if trace.On() {
		waits.Emit(trace.FutureSubmit, f.label(), nil)
	}
	return f
}

// SubmitFunc is Submit for a task that returns nothing; its result is nil.
func (e *ThreadPoolExecutor) SubmitFunc(fn func()) *Future {
	return e.Submit(func() any { fn(); return nil })
}

// startWorker starts a worker thread. Called with e.mu held.
func (e *ThreadPoolExecutor) startWorker() {
	if e.prefix == "" {
		e.prefix = e.ThreadNamePrefix
		if e.prefix == "" {
			e.prefix = "ThreadPoolExecutor-" + strconv.FormatInt(executorCounter.Add(1)-1, 10)
		}
	}
	// Not a daemon (unless started by one), as Python's workers since
	// 3.9: threading.JoinAll waits for them, after atExit has told them to
	// end once the queue is empty.
	t := &threading.Thread{Name: e.prefix + "_" + strconv.Itoa(len(e.threads))}
	if len(e.threads) == 0 {
		liveMu.Lock()
		if len(live) == 0 {
			atexit.Register(atExit)
		}
		live[e] = true
		liveMu.Unlock()
	}
	t.Target = func() { e.work() }
	e.threads = append(e.threads, t)
	t.Start()
}

var (
	liveMu sync.Mutex
	live   = map[*ThreadPoolExecutor]bool{} // executors with workers, not shut down
)

// atExit shuts down, without waiting, the executors not shut down, so that
// their workers end once the queue is empty: what Python's _python_exit
// does at the interpreter's exit, before threading joins the workers.
func atExit() {
	liveMu.Lock()
	var es []*ThreadPoolExecutor
	for e := range live {
		es = append(es, e)
	}
	liveMu.Unlock()
	for _, e := range es {
		e.Shutdown(false, false)
	}
}

// work is a worker thread's loop: take a task, run it bound to the cell of
// its submitter, repeat; park while there is nothing to do; end after
// Shutdown once the queue is empty.
func (e *ThreadPoolExecutor) work() {
	g := hook.ThreadID()
	var restore func()
	var bound *hook.Scope
	defer func() {
		if restore != nil {
			restore()
		}
	}()
	if e.Initializer != nil && !e.initialize(g) {
		return
	}
	w := waits.Get()
	defer waits.Put(w)
	// running is the task being run: still set when this goroutine ends,
	// the task called runtime.Goexit, Go's sys.exit(): as Python's worker
	// catches SystemExit, its future fails with threading.SystemExit, and
	// a new worker takes this one's place.
	var running *workItem
	defer func() {
		if running == nil {
			return
		}
		running.f.set(nil, threading.SystemExit)
		e.mu.Lock()
		if !e.shutdown || len(e.queue) > 0 {
			e.startWorker()
		}
		e.mu.Unlock()
	}()
	for {
		e.mu.Lock()
		var item *workItem
		if len(e.queue) > 0 {
			item = e.queue[0]
			e.queue[0] = nil
			e.queue = e.queue[1:]
			e.mu.Unlock()
		} else if e.shutdown {
			e.mu.Unlock()
			return
		} else {
			// Idle: park until Submit hands us a task or Shutdown.
			w.Val = nil
			e.idle.PushBack(w)
			e.mu.Unlock()
			w.Rec = waits.Rec{G: g, Idle: true}
			waits.Block(&w.Rec)
			w.Park(nil, nil)
			waits.Unblock(&w.Rec)
			if w.Val == nil {
				return // shut down
			}
			item = w.Val.(*workItem)
		}
		if item.scope != bound {
			if restore != nil {
				restore()
			}
			restore, bound = hook.Bind(item.scope), item.scope
		}
		running = item
		run(g, item)
		running = nil
	}
}

// initialize runs the Initializer in a new worker and reports whether it
// succeeded; if it panicked, it breaks the pool as Python's
// _initializer_failed does: the queued tasks fail with ErrBrokenThreadPool.
func (e *ThreadPoolExecutor) initialize(g int64) bool {
	_, err := call(func() any { e.Initializer(); return nil })
	if err == nil {
		return true
	}
	var pe *PanicError
	if errors.As(err, &pe) {
		var b strings.Builder
		fmt.Fprintf(&b, "Exception in initializer:\npanic: %v\n", pe.Value)
		if pe.Stack != "" {
			b.WriteString("\n" + pe.Stack)
		}
		io.WriteString(hook.Stderr(), b.String())
	}
	e.mu.Lock()
	e.broken = true
	dropped := e.queue
	e.queue = nil
	e.mu.Unlock()
	for _, it := range dropped {
		if it.f.setRunning(g) {
			it.f.set(nil, ErrBrokenThreadPool)
		}
	}
	return false
}

// run runs one task and completes its future; a panic fails the future.
func run(g int64, item *workItem) {
	f := item.f
	if !f.setRunning(g) {
		return // cancelled
	}
	if trace.On() {
		waits.Emit(trace.FutureRun, f.label(), nil)
	}
	result, err := call(item.fn)
	f.set(result, err)
	if trace.On() {
		waits.Emit(trace.FutureDone, f.label(), err)
	}
}

func call(fn func() any) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			if hook.IsInterrupt(r) {
				err = hook.KeyboardInterrupt
				return
			}
			err = &PanicError{Value: r, Stack: stack.UserFrames(debug.Stack())}
		}
	}()
	return fn(), nil
}

// Map runs fn on each item on the pool and returns the results in the order
// of items (Python's map). If a task fails, Map cancels the tasks not yet
// started and returns the results before it and its error.
func (e *ThreadPoolExecutor) Map(fn func(any) any, items []any) ([]any, error) {
	return mapResults(e.submitEach(fn, items), time.Time{})
}

// MapTimeout is Map giving up d after the call (Python's map(fn, items,
// timeout=d)): when a result is not ready by then, it cancels the tasks not
// yet started and returns the results before it and ErrTimeout.
func (e *ThreadPoolExecutor) MapTimeout(fn func(any) any, items []any, d time.Duration) ([]any, error) {
	deadline := time.Now().Add(d)
	return mapResults(e.submitEach(fn, items), deadline)
}

// submitEach submits fn(x) for each x of items, in order.
func (e *ThreadPoolExecutor) submitEach(fn func(any) any, items []any) []*Future {
	fs := make([]*Future, len(items))
	for i, x := range items {
		fs[i] = e.Submit(func() any { return fn(x) })
	}
	return fs
}

// mapResults waits for fs in order, until deadline unless it is zero, and
// returns their results (the end of Map and MapTimeout, for both pools). At
// the first failure or timeout it cancels that future and the ones after it
// that have not started (as Python's map does) and returns the results
// before it and the error.
func mapResults(fs []*Future, deadline time.Time) ([]any, error) {
	results := make([]any, 0, len(fs))
	for i, f := range fs {
		var r any
		var err error
		if deadline.IsZero() {
			r, err = f.Result()
		} else {
			r, err = f.ResultTimeout(time.Until(deadline))
		}
		if err != nil {
			for _, g := range fs[i:] {
				g.Cancel()
			}
			return results, err
		}
		results = append(results, r)
	}
	return results, nil
}

// Shutdown stops the executor: no new tasks are accepted; with
// cancelFutures, the tasks not yet started are cancelled; with wait, it
// waits for the running and queued tasks to finish and the workers to end
// (Python's shutdown(wait, cancel_futures)). Calling it again is harmless.
// Called with wait by a task of the executor, it panics with
// "RuntimeError: cannot join current thread" when it comes to the task's
// own worker, as Python's does.
func (e *ThreadPoolExecutor) Shutdown(wait, cancelFutures bool) {
	liveMu.Lock()
	delete(live, e)
	liveMu.Unlock()
	e.mu.Lock()
	e.shutdown = true
	var dropped []*workItem
	if cancelFutures {
		dropped, e.queue = e.queue, nil
	}
	for w := e.idle.PopFront(); w != nil; w = e.idle.PopFront() {
		w.Val = nil
		w.Wake()
	}
	threads := append([]*threading.Thread(nil), e.threads...)
	e.mu.Unlock()
	for _, it := range dropped {
		// Python leaves these cancelled futures unnoticed, so that a
		// wait for them never ends; they are noticed here.
		it.f.Cancel()
		it.f.setRunning(0)
	}
	if wait {
		// A worker that waits for the workers reaches itself: Join
		// panics with Python's "RuntimeError: cannot join current
		// thread", as CPython's shutdown(wait=True) in a task raises it
		// (the executor is shut down all the same).
		for _, t := range threads {
			t.Join()
		}
	}
}

// String returns e.g. "<ThreadPoolExecutor-0 workers=3/6 queued=2>".
func (e *ThreadPoolExecutor) String() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	name := e.prefix
	if name == "" {
		name = "ThreadPoolExecutor"
	}
	s := fmt.Sprintf("<%s workers=%d/%d queued=%d", name, len(e.threads), e.maxWorkers(), len(e.queue))
	if e.shutdown {
		s += " shutdown"
	}
	return s + ">"
}
