package threading

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/atexit"
	"github.com/gonotes/gonotes/lib/internal/stack"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// Thread states.
const (
	stInitial int32 = iota
	stStarted
	stStopped
)

// Thread is a thread of control, as Python's threading.Thread: configure it
// with fields, then call Start. The zero value is a thread that does nothing.
//
//	t := &threading.Thread{Name: "worker 1", Target: func() { work(1) }}
//	t.Start()
//	t.Join()
type Thread struct {
	// Name names the thread in messages; empty means "Thread-N", assigned
	// by Start or when first looked at (GetName, String; N counts the
	// threads so named, as in Python), followed by
	// the target's name when it has one, as Python ≥ 3.10 names threads:
	// "Thread-1 (worker)" for Target: worker. A func literal has no name,
	// nor has a method value named Run, taken for the Go form of a Thread
	// subclass overriding run() (Python's "Thread-1").
	Name string
	// Target is what the thread runs (Python's target with its args: write
	// a closure). Nil means the thread does nothing.
	Target func()
	// TargetName names Target in the default Name where Go cannot tell
	// its name (a func literal that stands for Python's target=work,
	// args=(i,)); the gonotes kernel sets it for notebook funcs.
	TargetName string
	// Daemon marks a daemon thread: shown by String and skipped by
	// [JoinAll]. Set it before Start. As in Python, a thread started by a
	// daemon thread (or by a goroutine that is not a Thread: a dummy thread)
	// is a daemon too: Start sets Daemon then. To start a non-daemon
	// thread from a daemon one (Python's daemon=False), call SetDaemon.
	Daemon bool

	mu      sync.Mutex
	state   atomic.Int32
	g       atomic.Int64  // goroutine id once running
	seq     int64         // start order (see startRank), set by Start
	native  atomic.Int64  // OS thread id once running (NativeID)
	started chan struct{} // closed when g is known
	done    chan struct{} // closed when the target has returned
	kind    string        // Python class name: "" (Thread), "Timer", "_MainThread", "_DummyThread"
	run     func()        // replaces Run (Timer)
	locals  []*Local      // Locals with values of this thread, touched only by it
	// daemonSet records SetDaemon: Daemon then says it all, false included.
	daemonSet bool
}

var (
	threadCounter atomic.Int64 // Python's _counter: Thread-N and Dummy-N

	regMu   sync.RWMutex
	byG     = map[int64]*Thread{} // running Threads and dummies, by goroutine id
	running []*Thread             // started and not yet stopped, in start order

	mainThread = newMainThread()
)

func newMainThread() *Thread {
	t := &Thread{Name: "MainThread", kind: "_MainThread", started: make(chan struct{}), done: make(chan struct{})}
	t.state.Store(stStarted)
	close(t.started)
	return t
}

func init() {
	waits.SetNamer(func(g int64) string { return threadOf(g, true).Name })
	waits.SetLive(liveGoroutines)
	waits.SetOrder(startRank)
	hook.SetSleepTracer(traceSleep)
}

// startSeq numbers Thread starts (only their order matters).
var startSeq atomic.Int64

// startRank ranks the goroutine of a started Thread by start order, for
// deadlock reports.
func startRank(g int64) (int64, bool) {
	regMu.RLock()
	t := byG[g]
	regMu.RUnlock()
	if t == nil || t.seq == 0 {
		return 0, false
	}
	return t.seq, true
}

// traceSleep reports a sleep of d of the calling goroutine to a timeline
// (the kernel calls it from a cell's time.Sleep).
func traceSleep(d time.Duration) (end func()) {
	if !trace.On() {
		return nil
	}
	emit(trace.Sleep, "time.Sleep", d)
	return func() { emit(trace.WaitDone, "time.Sleep", nil) }
}

// mainG returns the main thread's identity, making the caller the main
// goroutine if no host declared one.
// In a program (not a test binary, whose tests run in goroutines of their
// own), package initialisation runs in the main goroutine: it is the main
// thread, even if a plain goroutine asks for its thread first.
func init() {
	if !testing.Testing() {
		hook.ClaimMainGoroutine(hook.GoID())
	}
}

func mainG() int64 {
	if m := hook.MainThreadID(); m != 0 {
		return m
	}
	return hook.ClaimMainGoroutine(hook.GoID())
}

func newName(prefix string) string {
	return prefix + strconv.FormatInt(threadCounter.Add(1), 10)
}

// threadOf returns the Thread of goroutine g: a library Thread, the main
// thread, or a dummy thread (created if create is set; else nil).
func threadOf(g int64, create bool) *Thread {
	regMu.RLock()
	t := byG[g]
	regMu.RUnlock()
	if t != nil && t.kind != "_DummyThread" {
		return t
	}
	if g == mainG() {
		return mainThread
	}
	if t != nil || !create {
		return t
	}
	regMu.Lock()
	defer regMu.Unlock()
	if t := byG[g]; t != nil {
		return t
	}
	t = &Thread{Name: newName("Dummy-"), Daemon: true, kind: "_DummyThread", started: make(chan struct{}), done: make(chan struct{})}
	t.g.Store(g)
	t.native.Store(osThreadID())
	t.state.Store(stStarted)
	close(t.started)
	byG[g] = t
	return t
}

// threadName names goroutine g for trace events.
func threadName(g int64) string { return threadOf(g, true).Name }

func liveGoroutines() []int64 {
	regMu.RLock()
	defer regMu.RUnlock()
	gs := make([]int64, 0, len(running))
	for _, t := range running {
		if g := t.g.Load(); g != 0 {
			gs = append(gs, g)
		}
	}
	return gs
}

// CurrentThread returns the Thread of the calling goroutine: the library
// Thread it runs, [MainThread] in the main goroutine, or a dummy thread
// ("Dummy-N", daemon) in any other goroutine.
func CurrentThread() *Thread { return threadOf(hook.ThreadID(), true) }

// MainThread returns the main thread, named "MainThread": the main goroutine
// (see the package documentation), whose id is its Ident.
func MainThread() *Thread {
	mainG()
	return mainThread
}

// GetIdent returns the calling thread's identifier, as Python's get_ident:
// its goroutine id, or the main thread's id (the same in every cell of a
// notebook, see the package documentation) in the main goroutine.
func GetIdent() int64 { return hook.ThreadID() }

// GetNativeID returns the calling thread's native id, as Python's
// get_native_id: the id of the OS thread a [Thread] runs on (see
// [Thread.NativeID]), the process id in the main thread, and in a goroutine
// that is not a Thread (a dummy thread) the id of the OS thread that runs
// it at the moment of the call.
func GetNativeID() int64 {
	g := hook.ThreadID()
	if g == mainG() {
		return int64(os.Getpid())
	}
	if t := threadOf(g, false); t != nil && t.kind != "_DummyThread" {
		return t.native.Load()
	}
	return osThreadID()
}

// ActiveCount returns the number of live threads: the main thread plus every
// started Thread that has not ended (dummy threads are not counted).
func ActiveCount() int {
	regMu.RLock()
	defer regMu.RUnlock()
	return 1 + len(running)
}

// Enumerate returns the live threads: the main thread, then every started
// Thread that has not ended, in start order.
func Enumerate() []*Thread {
	mainG()
	regMu.RLock()
	defer regMu.RUnlock()
	return append([]*Thread{mainThread}, running...)
}

// JoinAll waits for every live non-daemon Thread other than the caller to
// end, as Python does for non-daemon threads when the program exits. Call
// it at the end of main in a compiled program.
//
// First it runs what the library registered for the exit (as Python's
// threading._register_atexit): the workers of a futures executor never
// shut down, which are non-daemon threads as in Python, end once they have
// run the tasks queued.
func JoinAll() {
	atexit.Run()
	me := hook.ThreadID()
	for {
		regMu.RLock()
		var next *Thread
		for _, t := range running {
			if !t.Daemon && t.g.Load() != me {
				next = t
				break
			}
		}
		regMu.RUnlock()
		if next == nil {
			return
		}
		next.Join()
	}
}

// Start starts the thread's Target in a new goroutine, bound to the cell (the
// hook scope) of the caller. Starting a thread twice panics with
// "RuntimeError: threads can only be started once". As Python's start(),
// it returns once the new thread is running.
func (t *Thread) Start() {
	mainG()
	t.mu.Lock()
	if t.state.Load() != stInitial || t.kind == "_MainThread" || t.kind == "_DummyThread" {
		t.mu.Unlock()
		panic(errors.New("RuntimeError: threads can only be started once"))
	}
	t.defaultName()
	if !t.Daemon && !t.daemonSet {
		// Python's daemon default: current_thread().daemon.
		if cur := threadOf(hook.ThreadID(), false); cur == nil || cur.Daemon {
			t.Daemon = true
		}
	}
	t.started = make(chan struct{})
	t.done = make(chan struct{})
	t.seq = startSeq.Add(1)
	t.state.Store(stStarted)
	t.mu.Unlock()

	regMu.Lock()
	running = append(running, t)
	regMu.Unlock()

	s := hook.Current()
	go t.bootstrap(s, hook.TraceThread(t.Name))
	// As Python's start(), return once the thread runs (its ident and
	// native id set, its target about to be called): output the target
	// writes first then belongs to the cell that started it, not to
	// whatever the scheduler lets the caller run before it.
	<-t.started
}

// closureName matches the runtime's names of func literals.
var closureName = regexp.MustCompile(`\.func\d+(\.\d+)*$|\.gowrap\d+$`)

// targetName returns the name of the thread's target function, as Python's
// target.__name__: TargetName, else the Go name of a named function or
// method value ("worker", "Work"), else "": a func literal, an interpreted
// func (the gonotes kernel sets TargetName for a notebook's), no target, or
// a method value named Run.
//
// That last is a convention, not something Go can tell: a method value Run
// is taken for the Go form of a Thread subclass overriding run() (see the
// package documentation), whose Python thread has no target and is named
// "Thread-N". It holds for a method named Run of any type, where Python
// names Thread(target=obj.run) of a plain object "Thread-N (run)"; set
// TargetName to name such a target.
func (t *Thread) targetName() string {
	if t.TargetName != "" {
		return t.TargetName
	}
	if t.Target == nil {
		return ""
	}
	fn := runtime.FuncForPC(reflect.ValueOf(t.Target).Pointer())
	if fn == nil {
		return ""
	}
	name := fn.Name()
	switch {
	case strings.HasPrefix(name, "reflect."): // made by reflect.MakeFunc: an interpreted func
		return ""
	case strings.HasSuffix(name, ".Run-fm"): // a method value Run: a subclass's run()
		return ""
	}
	name = strings.TrimSuffix(name, "-fm") // a method value
	if closureName.MatchString(name) {
		return ""
	}
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i] // an instantiated generic func
	}
	name = name[strings.LastIndexByte(name, '/')+1:]
	return name[strings.LastIndexByte(name, '.')+1:]
}

func (t *Thread) bootstrap(s *hook.Scope, traced func(body func())) {
	// A Thread runs on one OS thread, as Python's: its goroutine keeps the
	// OS thread it starts on while it runs, and that thread's id is the
	// Thread's NativeID.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t.native.Store(osThreadID())
	defer hook.Bind(s)()
	g := hook.ThreadID()
	t.g.Store(g)
	regMu.Lock()
	byG[g] = t
	regMu.Unlock()
	close(t.started)
	if trace.On() {
		trace.Emit(trace.Event{G: g, Thread: t.Name, Kind: trace.ThreadStart, Obj: "Thread " + t.Name})
	}
	// goexit stays true if the body neither returns nor panics: it called
	// runtime.Goexit.
	goexit := true
	defer func() { t.finish(g, recover(), goexit) }()
	body := t.Run
	if t.run != nil {
		body = t.run
	}
	if traced != nil {
		traced(body)
	} else {
		body()
	}
	goexit = false
}

func (t *Thread) finish(g int64, r any, goexit bool) {
	switch {
	case r != nil && !hook.IsInterrupt(r):
		callExceptHook(ExceptHookArgs{ExcValue: r, Stack: debug.Stack(), Thread: t})
	case r == nil && goexit:
		callExceptHook(ExceptHookArgs{ExcValue: SystemExit, Stack: debug.Stack(), Thread: t})
	}
	for _, l := range t.locals {
		l.drop(g)
	}
	t.locals = nil
	regMu.Lock()
	delete(byG, g)
	for i, x := range running {
		if x == t {
			running = append(running[:i], running[i+1:]...)
			break
		}
	}
	regMu.Unlock()
	t.state.Store(stStopped)
	if trace.On() {
		trace.Emit(trace.Event{G: g, Thread: t.Name, Kind: trace.ThreadEnd, Obj: "Thread " + t.Name})
	}
	close(t.done)
}

// SystemExit is the ExcValue of the [ExceptHookArgs] of a Thread whose
// Target called runtime.Goexit, Go's analogue of Python's sys.exit() in a
// thread: the thread ends, a custom [ExceptHook] is called with it (as
// Python's threading.excepthook is called with SystemExit), and
// [DefaultExceptHook] ignores it silently, as Python's does.
var SystemExit = errors.New("SystemExit")

// ExceptHookArgs are the arguments of [ExceptHook], as Python's
// threading.ExceptHookArgs.
type ExceptHookArgs struct {
	// ExcValue is the value the thread panicked with (Python's exc_value;
	// a Go panic has no class apart from its value, so there is no
	// exc_type).
	ExcValue any
	// Stack is the panicking goroutine's stack, as debug.Stack formats it
	// (Python's exc_traceback).
	Stack []byte
	// Thread is the thread that panicked; it is still alive while the hook
	// runs.
	Thread *Thread
}

// ExceptHook, if not nil, handles a panic in a [Thread]'s Target in place of
// [DefaultExceptHook], as Python's threading.excepthook: it is called in the
// thread that panicked, which then ends; the program goes on. Setting it
// back to nil restores the default (Python's threading.__excepthook__). Set
// it while no Thread can panic, as with flag.Usage: it is read without a
// lock. A hook that panics itself is reported as Python reports it:
// "Exception in threading.excepthook:" then its panic, to standard error.
var ExceptHook func(args ExceptHookArgs)

// DefaultExceptHook is the default handling of a panic in a Thread (Python's
// threading.__excepthook__): it prints "Exception in thread NAME:", the
// panic and the stack frames of user code to standard error (the notebook
// cell's, in a notebook). It ignores [SystemExit] (runtime.Goexit).
func DefaultExceptHook(args ExceptHookArgs) {
	if args.ExcValue == SystemExit {
		return
	}
	name := "<unknown>"
	if args.Thread != nil {
		name = args.Thread.GetName()
	}
	reportPanic(hook.Stderr(), "Exception in thread "+name+":", args.ExcValue, args.Stack)
}

// callExceptHook runs ExceptHook (or the default) for a thread's panic, and
// reports a panic of the hook itself.
func callExceptHook(args ExceptHookArgs) {
	h := ExceptHook
	if h == nil {
		DefaultExceptHook(args)
		return
	}
	defer func() {
		if r := recover(); r != nil && !hook.IsInterrupt(r) {
			reportPanic(hook.Stderr(), "Exception in threading.excepthook:", r, debug.Stack())
		}
	}()
	h(args)
}

// reportPanic prints what Python prints for an exception in a thread: a
// header, the panic, and the stack frames of user code.
func reportPanic(w io.Writer, header string, r any, st []byte) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\npanic: %v\n", header, r)
	if frames := stack.UserFrames(st); frames != "" {
		b.WriteString("\n")
		b.WriteString(frames)
	}
	io.WriteString(w, b.String())
}

// Run runs the thread's Target. Start calls it in the new goroutine; call it
// directly to run the target in the calling goroutine, as Python's run().
func (t *Thread) Run() {
	if t.Target != nil {
		t.Target()
	}
}

// GetName returns the thread's name (Python's getName and name). A thread
// without a Name gets its default one ("Thread-N", "Thread-N (target)") the
// first time it is looked at, by GetName, String or Start: Python names a
// thread when it is made, which a Go struct literal cannot do.
func (t *Thread) GetName() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.defaultName()
	return t.Name
}

// defaultName gives a thread without a Name its default one; t.mu is held.
func (t *Thread) defaultName() {
	if t.Name != "" {
		return
	}
	t.Name = newName("Thread-")
	if n := t.targetName(); n != "" {
		t.Name += " (" + n + ")"
	}
}

// IsAlive reports whether the thread has been started and has not ended.
func (t *Thread) IsAlive() bool { return t.state.Load() == stStarted }

// IsDaemon reports whether the thread is a daemon thread. Before Start, a
// thread whose Daemon is false reports what Start will make it when started
// by the calling thread: a daemon if the caller is one, as Python's Thread
// takes current_thread().daemon when it is made (a Go struct literal
// cannot, so it is decided when looked at, as the default Name).
func (t *Thread) IsDaemon() bool {
	if t.Daemon {
		return true
	}
	if t != mainThread && t.state.Load() == stInitial && !t.daemonSet {
		cur := threadOf(hook.ThreadID(), false)
		return cur == nil || cur.Daemon
	}
	return false
}

// SetDaemon sets the daemon flag, false included, as Python's
// t.daemon = daemonic: where Daemon: false in a struct literal means "as the
// creating thread" (a daemon thread starts daemon threads), SetDaemon(false)
// makes a non-daemon thread whoever starts it. Like Python it panics with
// "RuntimeError: cannot set daemon status of active thread" once the thread
// has been started.
func (t *Thread) SetDaemon(daemonic bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state.Load() != stInitial || t.kind == "_MainThread" || t.kind == "_DummyThread" {
		panic(errors.New("RuntimeError: cannot set daemon status of active thread"))
	}
	t.Daemon = daemonic
	t.daemonSet = true
}

// Ident returns the thread's identifier: the id of its goroutine, or 0
// before Start. The main thread's ident is the main goroutine's id.
func (t *Thread) Ident() int64 {
	if t == mainThread {
		return mainG()
	}
	if t.state.Load() == stInitial {
		return 0
	}
	<-t.started
	return t.g.Load()
}

// NativeID returns the thread's native id, as Python's native_id, or 0
// before Start. A Thread's goroutine keeps one OS thread while it runs (it
// is locked to it), as a Python thread is an OS thread, and its NativeID is
// that thread's id (Linux's gettid; the goroutine id on other systems): an
// integer other than Ident, distinct among the threads running at one time,
// which a later thread may get again once this one has ended. The main
// thread's NativeID is the process id, the id Linux gives a process's first
// thread (CPython's main thread reports it too, and so does the main thread
// of a multiprocessing child). A dummy thread's is the OS thread that ran
// its goroutine when it was first seen.
func (t *Thread) NativeID() int64 {
	if t == mainThread {
		return int64(os.Getpid())
	}
	if t.state.Load() == stInitial {
		return 0
	}
	<-t.started
	return t.native.Load()
}

// String returns what Python's repr shows, e.g.
// <Thread(worker 1, started 1234)>, <Thread(Thread-3, stopped daemon 57)>.
func (t *Thread) String() string {
	if t.kind == "" {
		return t.repr("Thread")
	}
	return t.repr(t.kind)
}

func (t *Thread) repr(kind string) string {
	status := "initial"
	switch t.state.Load() {
	case stStarted:
		status = "started"
	case stStopped:
		status = "stopped"
	}
	if t.IsDaemon() {
		status += " daemon"
	}
	if id := t.Ident(); id != 0 {
		status += " " + strconv.FormatInt(id, 10)
	}
	return "<" + kind + "(" + t.GetName() + ", " + status + ")>"
}

// Join waits for the thread to end. It panics with "RuntimeError: cannot
// join thread before it is started" before Start, and with "RuntimeError:
// cannot join current thread" in the thread itself.
func (t *Thread) Join() { t.join(-1) }

// JoinTimeout waits at most d for the thread to end and reports whether it
// did (Python's join(timeout) followed by not is_alive()).
func (t *Thread) JoinTimeout(d time.Duration) bool {
	if d < 0 {
		d = 0
	}
	return t.join(d)
}

func (t *Thread) join(d time.Duration) bool {
	if t.state.Load() == stInitial {
		panic(errors.New("RuntimeError: cannot join thread before it is started"))
	}
	if t.kind == "_DummyThread" {
		panic(errors.New("RuntimeError: cannot join a dummy thread"))
	}
	if t.Ident() == hook.ThreadID() {
		panic(errors.New("RuntimeError: cannot join current thread"))
	}
	select {
	case <-t.done:
		return true
	default:
	}
	if d == 0 {
		return false
	}
	obj := "Thread " + t.GetName()
	if trace.On() {
		emit(trace.ThreadJoin, obj, nil)
	}
	ok := waitChan(t.done, d, (*threadObj)(t), true, false)
	if trace.On() {
		emit(trace.WaitDone, obj, nil)
	}
	return ok
}

// threadObj is a Thread as an object of the wait graph: held by its own
// goroutine until it ends.
type threadObj Thread

func (o *threadObj) Label() string { return "Thread " + strconv.Quote((*Thread)(o).GetName()) }

func (o *threadObj) Holder() int64 {
	t := (*Thread)(o)
	if t == mainThread {
		return hook.MainThreadID()
	}
	if t.state.Load() != stStarted {
		return 0
	}
	return t.g.Load()
}

// waitChan blocks until c is closed, d passes (d < 0: never) or the caller's
// cell is interrupted (panic hook.KeyboardInterrupt), registering the wait
// for obj (nil: no holder) with the deadlock watcher when it is untimed. It
// reports whether c was closed.
func waitChan(c <-chan struct{}, d time.Duration, obj waits.Object, join, loose bool) bool {
	scope := hook.Current()
	timeout, stop := waits.Timer(d)
	defer stop()
	var rec *waits.Rec
	if d < 0 {
		rec = &waits.Rec{G: hook.ThreadID(), Obj: obj, Join: join, Loose: loose, Scope: scope}
		waits.Block(rec)
		defer waits.Unblock(rec)
	}
	select {
	case <-c:
		return true
	case <-scope.Done():
		panic(hook.KeyboardInterrupt)
	case <-timeout:
		return false
	}
}

// emit sends a trace event from the calling goroutine. Call it only when
// trace.On().
func emit(kind, obj string, arg any) {
	g := hook.ThreadID()
	trace.Emit(trace.Event{G: g, Thread: threadName(g), Kind: kind, Obj: obj, Arg: arg})
}

// resetForTest forgets every thread (tests only).
func resetForTest() {
	regMu.Lock()
	byG = map[int64]*Thread{}
	running = nil
	regMu.Unlock()
	threadCounter.Store(0)
	hook.SetMainGoroutine(0)
}
