package eval

import (
	"bytes"
	"context"
	"fmt"
	"go/token"
	"math"
	"reflect"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/traefik/yaegi/stdlib/generic/support"
)

// Deadlock detection: while a cell runs, a watchdog looks every
// deadlockPeriod (once the cell has run deadlockAfter) at one snapshot of
// every goroutine of the process (runtime.Stack). It reports Go's "fatal
// error: all goroutines are asleep - deadlock!" and stops the cell (as an
// interrupt does) only when, in two snapshots in a row with the same
// goroutines in the same states:
//   - every goroutine of this session's cells (the one running the cell and
//     those its go statements started, in this cell or earlier ones) is
//     parked in a wait it knows: an interpreted channel send, receive, range
//     or select, or the Lock/Wait of the cells' sync types, or select {};
//   - every other goroutine is the engine's own (recognised by its frames);
//   - no timer made by this session's cells (time.After, NewTimer, Tick,
//     AfterFunc, context.WithTimeout, ...) may still fire: a timer stopped
//     or fired, or a channel timer no goroutine waits on, does not count,
//     as for Go (timerstate.go).
//
// Anything else (a goroutine sleeping, in I/O, in compiled or library code,
// running, a goroutine of another interpreter) means "not a deadlock": the
// detector may miss deadlocks, it never stops a cell that can progress.

const (
	deadlockAfter  = time.Second
	deadlockPeriod = 500 * time.Millisecond
)

// timerWatch records until when a timer made by a session's cells may fire.
// It is the session's: a timer can wake only goroutines of its own
// interpreter (sessions share no interpreted value), so a pending timer of
// another session (tests run many in one process) leaves the detector on.
type timerWatch struct {
	// until is the time (UnixNano) until which a timer may fire;
	// math.MaxInt64 once a timer that may be reset or repeats was made
	// (NewTimer, NewTicker, Tick, AfterFunc) where the runtime's timer
	// layout is not known (timerLayoutOK), which turns the detector off
	// for the rest of the session.
	until atomic.Int64
	// set holds the timers that may be stopped or reset (NewTimer,
	// NewTicker, Tick, AfterFunc, After), whose state the detector reads
	// (timerstate.go).
	set timerSet
	// panicked reports a panic of an AfterFunc callback (runtime.goPanic).
	panicked func(*hook.Scope, any)
}

// fireIn records a timer that fires once, in d.
func (w *timerWatch) fireIn(d time.Duration) {
	t := time.Now().Add(max(d, 0)).Add(deadlockPeriod).UnixNano()
	for {
		old := w.until.Load()
		if old >= t || w.until.CompareAndSwap(old, t) {
			return
		}
	}
}

// forever records a timer that may fire at any time.
func (w *timerWatch) forever() { w.until.Store(math.MaxInt64) }

// pending reports whether a recorded timer may still fire.
func (w *timerWatch) pending() bool {
	return time.Now().UnixNano() < w.until.Load() || w.set.pending()
}

// The session's time and context functions that make timers (see
// overrides): they record the timer, then make it.

func (w *timerWatch) after(d time.Duration) <-chan time.Time {
	t := time.NewTimer(d) // time.After(d) is NewTimer(d).C
	if !w.set.trackTimer(t) {
		w.fireIn(d)
	}
	return t.C
}

func (w *timerWatch) newTimer(d time.Duration) *time.Timer {
	t := time.NewTimer(d)
	if !w.set.trackTimer(t) {
		w.forever()
	}
	return t
}

func (w *timerWatch) newTicker(d time.Duration) *time.Ticker {
	t := time.NewTicker(d) // panics as Go's does for d <= 0
	if !w.set.trackTicker(t) {
		w.forever()
	}
	return t
}

func (w *timerWatch) tick(d time.Duration) <-chan time.Time {
	if d <= 0 {
		return nil // as time.Tick
	}
	return w.newTicker(d).C
}

// afterFunc runs f bound to the scope of the cell that called AfterFunc
// (its output, its interrupt), as a go statement's goroutine is, and
// reports a panic of f as one of such a goroutine (Go ends the program;
// unrecovered, it ended the kernel: an interrupt of the running cell made
// the loop check of a callback of an earlier cell panic).
func (w *timerWatch) afterFunc(d time.Duration, f func()) *time.Timer {
	t := time.AfterFunc(d, w.callback(f))
	if !w.set.trackTimer(t) {
		w.forever()
	}
	return t
}

// callback returns f bound to the scope of the calling cell (its output,
// its interrupt), as a go statement's goroutine is, with a panic of f
// reported as one of such a goroutine: for the callbacks that compiled
// code runs in a goroutine of its own (time.AfterFunc, context.AfterFunc,
// finalizers), where Go ends the program and an unrecovered panic would
// end the kernel's interpreter.
func (w *timerWatch) callback(f func()) func() {
	return w.callbackIn(hook.Current(), f)
}

// callbackIn is callback for the scope sc.
func (w *timerWatch) callbackIn(sc *hook.Scope, f func()) func() {
	return func() {
		defer hook.Bind(sc)()
		defer func() {
			if r := recover(); r != nil {
				if p := w.panicked; p != nil {
					p(sc, r)
				}
			}
		}()
		f()
	}
}

// contextAfterFunc is context.AfterFunc for cells: f runs as a callback
// of the cell (see callback).
func (w *timerWatch) contextAfterFunc(ctx context.Context, f func()) (stop func() bool) {
	return context.AfterFunc(ctx, w.callback(f))
}

// setFinalizer is runtime.SetFinalizer for cells. The finalizer runs as a
// callback of the cell (see callback). An interpreted finalizer's
// parameter has the interpreter's type for the object's (a struct type
// without its name, say, where the object is a *main.T, or a pointer to a
// struct whose fields have such types), which the runtime would refuse
// with a fatal error: the object is given to it converted. The arguments
// the runtime refuses with a fatal error, which would end the kernel's
// process, end the cell with that fatal error instead (fatalPanic).
func (w *timerWatch) setFinalizer(obj, finalizer any) {
	ov := reflect.ValueOf(obj)
	if obj == nil {
		panic(fatalPanic{"runtime.SetFinalizer: first argument is nil"})
	}
	if ov.Kind() != reflect.Pointer {
		panic(fatalPanic{fmt.Sprintf("runtime.SetFinalizer: first argument is %v, not pointer", ov.Type())})
	}
	addr := ov.Pointer()
	if finalizer == nil {
		goruntime.SetFinalizer(obj, nil)
		cellFinalizers.Delete(addr)
		return
	}
	fv := reflect.ValueOf(finalizer)
	if fv.Kind() != reflect.Func {
		panic(fatalPanic{fmt.Sprintf("runtime.SetFinalizer: second argument is %v, not a function", fv.Type())})
	}
	cannot := fmt.Sprintf("runtime.SetFinalizer: cannot pass %v to finalizer %v", ov.Type(), fv.Type())
	if fv.Type().IsVariadic() {
		panic(fatalPanic{cannot + " because dotdotdot"})
	}
	if fv.Type().NumIn() != 1 {
		panic(fatalPanic{cannot})
	}
	in := fv.Type().In(0)
	var convert func(v reflect.Value) reflect.Value
	switch t := ov.Type(); {
	case t == in || in.Kind() == reflect.Interface && t.Implements(in):
		convert = func(v reflect.Value) reflect.Value { return v }
	case in.Kind() == reflect.Pointer && t.ConvertibleTo(in):
		convert = func(v reflect.Value) reflect.Value { return v.Convert(in) }
	case in.Kind() == reflect.Pointer && sameLayout(t.Elem(), in.Elem(), 0):
		// The interpreter's type of the same Go type: its runtime type
		// names it, the interpreted one spells it out.
		convert = func(v reflect.Value) reflect.Value { return reflect.NewAt(in.Elem(), v.UnsafePointer()) }
	default:
		panic(fatalPanic{cannot})
	}
	if _, set := cellFinalizers.LoadOrStore(addr, true); set {
		panic(fatalPanic{"runtime.SetFinalizer: finalizer already set"})
	}
	wrapped := reflect.MakeFunc(reflect.FuncOf([]reflect.Type{ov.Type()}, nil, false), func(args []reflect.Value) []reflect.Value {
		cellFinalizers.Delete(addr)
		w.callback(func() { fv.Call([]reflect.Value{convert(args[0])}) })()
		return nil
	})
	goruntime.SetFinalizer(obj, wrapped.Interface())
}

// cellFinalizers holds the addresses of the objects that have a finalizer
// set by a cell (setFinalizer), until it runs or is cleared: the runtime
// ends the process with a fatal error when a second one is set, which
// setFinalizer reports as the cell's instead. An object with a finalizer
// is not freed before it runs, so its address names it until then.
var cellFinalizers sync.Map

// sameLayout reports whether values of a and b have the same memory
// layout (kinds, sizes, element types and field offsets alike, at every
// depth; names and methods aside), so that a pointer to one may be read
// as a pointer to the other.
func sameLayout(a, b reflect.Type, depth int) bool {
	if a == b {
		return true
	}
	if depth > 8 || a.Kind() != b.Kind() || a.Size() != b.Size() {
		return false
	}
	switch a.Kind() {
	case reflect.Struct:
		if a.NumField() != b.NumField() {
			return false
		}
		for i := range a.NumField() {
			fa, fb := a.Field(i), b.Field(i)
			if fa.Offset != fb.Offset || !sameLayout(fa.Type, fb.Type, depth+1) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		return sameLayout(a.Elem(), b.Elem(), depth+1)
	case reflect.Map:
		return sameLayout(a.Key(), b.Key(), depth+1) && sameLayout(a.Elem(), b.Elem(), depth+1)
	case reflect.Interface:
		return a.NumMethod() == 0 && b.NumMethod() == 0
	case reflect.Func:
		return false
	}
	return true
}

// addCleanup is the compiled part of runtime.AddCleanup for cells (see
// stdlib/generic/support.AddCleanup): the cleanup runs as a callback of
// the cell (see callback), as a finalizer does.
func (w *timerWatch) addCleanup(ptr unsafe.Pointer, cleanup func(any), arg any) goruntime.Cleanup {
	if cleanup == nil {
		return support.AddCleanup(ptr, cleanup, arg)
	}
	sc := hook.Current()
	return support.AddCleanup(ptr, func(a any) {
		w.callbackIn(sc, func() { cleanup(a) })()
	}, arg)
}

func (w *timerWatch) withTimeout(p context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	w.fireIn(d)
	return context.WithTimeout(p, d)
}
func (w *timerWatch) withDeadline(p context.Context, t time.Time) (context.Context, context.CancelFunc) {
	w.fireIn(time.Until(t))
	return context.WithDeadline(p, t)
}
func (w *timerWatch) withTimeoutCause(p context.Context, d time.Duration, c error) (context.Context, context.CancelFunc) {
	w.fireIn(d)
	return context.WithTimeoutCause(p, d, c)
}
func (w *timerWatch) withDeadlineCause(p context.Context, t time.Time, c error) (context.Context, context.CancelFunc) {
	w.fireIn(time.Until(t))
	return context.WithDeadlineCause(p, t, c)
}

// engineGs holds the ids of the goroutines that goEngine runs.
var engineGs sync.Map // int64 -> struct{}

// goEngine runs f in a new goroutine of the engine's own, which the
// detector knows (by its id, whatever its function is named) cannot wake a
// cell's goroutine except by interrupting it: the hard stop of Interrupt,
// the flag clearer of clearFlag, the watchdog itself.
func goEngine(f func()) {
	go func() {
		id := hook.GoID()
		engineGs.Store(id, struct{}{})
		defer engineGs.Delete(id)
		f()
	}()
}

// gstack is one goroutine of a runtime.Stack snapshot.
type gstack struct {
	id      int64
	state   string
	frames  []string // function names, innermost first
	created string   // the function of its go statement ("created by ..."), or ""
}

func parseStacks(b []byte) []gstack {
	var gs []gstack
	for _, blk := range bytes.Split(b, []byte("\n\n")) {
		lines := strings.Split(strings.TrimSpace(string(blk)), "\n")
		if len(lines) == 0 || !strings.HasPrefix(lines[0], "goroutine ") {
			continue
		}
		h := strings.TrimPrefix(lines[0], "goroutine ")
		sp := strings.IndexByte(h, ' ')
		if sp < 0 {
			continue
		}
		id, err := strconv.ParseInt(h[:sp], 10, 64)
		if err != nil {
			continue
		}
		st := strings.TrimSuffix(strings.TrimPrefix(h[sp+1:], "["), "]:")
		if i := strings.IndexByte(st, ','); i >= 0 {
			st = st[:i] // "select, 2 minutes"
		}
		g := gstack{id: id, state: st}
		for _, l := range lines[1:] {
			if c, ok := strings.CutPrefix(l, "created by "); ok {
				g.created = c
				continue
			}
			if strings.HasPrefix(l, "\t") {
				continue
			}
			f := l
			if i := strings.LastIndexByte(f, '('); i > 0 {
				f = f[:i]
			}
			g.frames = append(g.frames, f)
		}
		gs = append(gs, g)
	}
	return gs
}

const (
	interpPkg = "github.com/traefik/yaegi/interp."
	evalPkg   = "github.com/gonotes/gonotes/kernel/eval."
	syncPkg   = "github.com/gonotes/gonotes/kernel/eval/internal/sync."
	// syncWaitPkg is the package where the kernel's sync types wait.
	syncWaitPkg = "github.com/gonotes/gonotes/kernel/eval/internal/sync/internal/sync."
)

// cellWait returns what a goroutine of a cell waits on, in the words of Go's
// goroutine headers, or "" if it is not parked in a wait the detector
// knows.
func cellWait(g gstack) string {
	switch g.state {
	case "select", "chan receive", "chan send", "select (no cases)":
	default:
		return ""
	}
	i := 0
	for i < len(g.frames) && (strings.HasPrefix(g.frames[i], "runtime.") || strings.HasPrefix(g.frames[i], "reflect.") ||
		strings.HasPrefix(g.frames[i], syncWaitPkg)) {
		i++
	}
	if i >= len(g.frames) {
		return ""
	}
	f := g.frames[i]
	switch {
	case strings.HasPrefix(f, interpPkg+"send.func"):
		return "chan send"
	case strings.HasPrefix(f, interpPkg+"recv.func"), strings.HasPrefix(f, interpPkg+"recv2.func"),
		strings.HasPrefix(f, interpPkg+"rangeChan.func"):
		return "chan receive"
	case strings.HasPrefix(f, interpPkg+"_select.func"):
		return "select"
	case f == syncPkg+"(*Mutex).Lock":
		return "sync.Mutex.Lock"
	case f == syncPkg+"(*RWMutex).Lock":
		return "sync.RWMutex.Lock"
	case f == syncPkg+"(*RWMutex).RLock":
		return "sync.RWMutex.RLock"
	case f == syncPkg+"(*WaitGroup).Wait":
		return "sync.WaitGroup.Wait"
	case f == syncPkg+"(*Cond).Wait":
		return "sync.Cond.Wait"
	case f == evalPkg+"block":
		return "select (no cases)"
	}
	return ""
}

// engineFrame reports whether a function of a goroutine's frames belongs to
// the program that runs the engine (tests set it to know theirs).
var engineFrame = func(string) bool { return false }

// engineGoroutine reports whether g is one of the engine's own goroutines,
// which cannot wake a cell's goroutine except by interrupting it.
func engineGoroutine(g gstack) bool {
	if _, ok := engineGs.Load(g.id); ok {
		return true
	}
	has := func(f string) bool {
		for _, x := range g.frames {
			if x == f {
				return true
			}
		}
		return false
	}
	for _, f := range g.frames {
		if strings.HasPrefix(f, interpPkg) && f != interpPkg+"(*Interpreter).ExecuteWithContext" {
			return false
		}
	}
	switch {
	case len(g.frames) > 0 && g.frames[0] == interpPkg+"(*Interpreter).ExecuteWithContext" && has(evalPkg+"(*Session).Execute"):
		return true // the caller of the running cell, waiting for it
	case has("github.com/gonotes/gonotes/kernel.(*Server).Serve"), has("github.com/gonotes/gonotes/kernel.RunChild"):
		// The interpreter process's request loop (its main goroutine),
		// waiting for the kernel's next request: an interrupt, or a comm
		// message (commUsed), or input for a goroutine in a wait not
		// known here.
		return true
	}
	// The goroutines of the kernel (package kernel, not kernel/eval), of
	// its ZeroMQ sockets (in an interpreter process that serves them,
	// kernel.RunChild) and of the testing package.
	created := g.created
	if strings.HasPrefix(created, "github.com/gonotes/gonotes/kernel.") || strings.HasPrefix(created, "github.com/go-zeromq/zmq4.") {
		return true
	}
	for _, f := range g.frames {
		if !strings.HasPrefix(f, "testing.") && !strings.HasPrefix(f, "runtime.") && f != "main.main" && !engineFrame(f) {
			return false
		}
	}
	return created == "" || strings.HasPrefix(created, "testing.")
}

// deadlockSnapshot returns the report of a deadlock of the cell run and a
// key of the state that it saw (the same key twice in a row confirms it),
// or "" if some goroutine may still progress. It takes the snapshot into
// *buf, which it grows as needed and leaves there for the next call.
func (s *Session) deadlockSnapshot(run *cellRun, buf *[]byte) (report []string, key string) {
	// What can be told without a snapshot (which stops the world).
	if s.running.Load() != run || s.timers.pending() || s.commUsed.Load() {
		return nil, ""
	}
	mine := s.rt.cellGoroutines()
	main := s.execGoID.Load()
	s.execMu.Lock()
	for id := range s.execGoIDs {
		mine[id] = -1
	}
	s.execMu.Unlock()
	mine[main] = -1
	// The goroutines of the process's other sessions (tests run many) count
	// as blocked when they are parked in a known wait, as this session's.
	theirs := map[int64]bool{}
	for _, o := range liveSessions() {
		if o == s {
			continue
		}
		for id := range o.rt.cellGoroutines() {
			theirs[id] = true
		}
		o.execMu.Lock()
		for id := range o.execGoIDs {
			theirs[id] = true
		}
		o.execMu.Unlock()
	}
	// A dump that does not fit the buffer has walked every goroutine's
	// stack, with the world stopped, for nothing; an interpreted goroutine
	// takes some 4 KB of it. So the buffer starts at a size that fits the
	// goroutines there are, and the snapshot is not taken when they could
	// not fit the largest buffer (a daisy chain of 100 000 goroutines spent
	// most of its time in walks for buffers too small, doubled each time).
	const maxDump = 64 << 20
	ng := goruntime.NumGoroutine()
	if ng > maxDump/(1<<10) {
		return nil, ""
	}
	b := *buf
	if want := min(maxDump, max(64<<10, ng*(4<<10))); cap(b) < want {
		b = make([]byte, want)
	}
	for {
		n := goruntime.Stack(b[:cap(b)], true)
		if n < cap(b) {
			b = b[:n]
			break
		}
		if cap(b) >= maxDump {
			return nil, ""
		}
		b = make([]byte, min(maxDump, 2*cap(b)))
		*buf = b
	}
	*buf = b
	var k strings.Builder
	var mainLine string
	var others []string
	seenMain := false
	gs := parseStacks(b)
	present := make(map[int64]bool, len(gs))
	for _, g := range gs {
		present[g.id] = true
	}
	s.execMu.Lock()
	for id := range s.execGoIDs {
		if !present[id] {
			delete(s.execGoIDs, id) // ended
		}
	}
	s.execMu.Unlock()
	for _, g := range gs {
		if pos, ok := mine[g.id]; ok {
			w := cellWait(g)
			if w == "" {
				return nil, ""
			}
			fmt.Fprintf(&k, "%d:%s;", g.id, w)
			if g.id == main {
				seenMain = true
				mainLine = "goroutine 1 [" + w + "]:" + s.cellLineText()
			} else {
				others = append(others, fmt.Sprintf("goroutine %d [%s]:%s", g.id, w, s.goLineText(pos)))
			}
			continue
		}
		if theirs[g.id] && cellWait(g) != "" {
			continue
		}
		if !engineGoroutine(g) {
			return nil, ""
		}
	}
	if !seenMain {
		return nil, ""
	}
	return append([]string{mainLine}, others...), k.String()
}

func (s *Session) cellLineText() string {
	l := s.rt.line.Load()
	if l <= 0 {
		return ""
	}
	cl, _, ok := s.lines.position(fmt.Sprintf("%d:1", l), -1)
	if !ok {
		return ""
	}
	return fmt.Sprintf(" cell line %d", cl.line)
}

// goLineText names where a goroutine's go statement is (pos, a token.Pos).
func (s *Session) goLineText(pos int) string {
	if pos <= 0 {
		return ""
	}
	p := s.i.FileSet().Position(token.Pos(pos))
	if !p.IsValid() {
		return ""
	}
	cl, _, ok := s.lines.position(fmt.Sprintf("%d:%d", p.Line, p.Column), -1)
	if !ok {
		return ""
	}
	return fmt.Sprintf(" started at cell line %d", cl.line)
}

// startDeadlockWatch starts watchDeadlock for run once run has run
// deadlockPeriod: a cell that ends sooner (most do) costs no goroutine and
// no wake-up of another thread. The returned func cancels a watch that has
// not started (one that has ends when run.done is closed).
func (s *Session) startDeadlockWatch(run *cellRun) (stop func()) {
	t0 := time.Now()
	t := time.AfterFunc(deadlockPeriod, func() {
		// An engine goroutine, as goEngine's.
		id := hook.GoID()
		engineGs.Store(id, struct{}{})
		defer engineGs.Delete(id)
		s.watchDeadlock(run, t0)
	})
	return func() { t.Stop() }
}

// watchDeadlock runs while the cell run, started at t0, runs: see the
// comment at the top. It starts deadlockPeriod after t0.
func (s *Session) watchDeadlock(run *cellRun, t0 time.Time) {
	tick := time.NewTicker(deadlockPeriod)
	defer tick.Stop()
	var last string
	var buf []byte // the snapshots, one after the other
	var next time.Time
	for {
		select {
		case <-run.done:
			return
		case <-tick.C:
		}
		if time.Since(t0) < deadlockAfter || run.scope.Interrupted() {
			last = ""
			continue
		}
		if time.Now().Before(next) {
			continue
		}
		st := time.Now()
		report, key := s.deadlockSnapshot(run, &buf)
		// A snapshot stops the world while it walks every goroutine's
		// stack: a deep recursion (a DFS 200 000 calls deep) makes it
		// long, and the cell ran several times slower. The watcher takes
		// at most a twentieth of the time: the next snapshot waits
		// twenty times as long as this one took.
		next = time.Now().Add(20 * time.Since(st))
		if key == "" || key != last {
			last = key
			continue
		}
		e := &Error{Name: "fatal error", Value: "all goroutines are asleep - deadlock!",
			Trace: []string{red + "fatal error: all goroutines are asleep - deadlock!" + reset, ""}}
		e.Trace = append(e.Trace, report...)
		e.Trace = append(e.Trace, "", "(a Go program would end here; the cell was stopped, the kernel and your variables are kept)")
		if run.goPanic.CompareAndSwap(nil, e) {
			run.endsProgram.Store(true)
			s.Interrupt()
		}
		return
	}
}
