package eval

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"regexp"
	goruntime "runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	isync "github.com/gonotes/gonotes/kernel/eval/internal/sync"
	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

// rtPath is the import path of the compiled helpers that rewritten cells
// call. yaegi's ImportUsed pre-imports it under the name rtName, so cells
// never need to import it; names starting with "__" are hidden from
// completion.
const (
	rtName = "__gonotes"
	rtPath = "gonotes.internal/" + rtName
	// intrVar is the interpreted global flag checked at the top of every
	// loop body (see notes §8).
	intrVar = "__gonotesIntr"
)

// exitPanic is the panic value of os.Exit and log.Fatal in a cell.
type exitPanic struct{ code int }

func (e exitPanic) Error() string { return fmt.Sprintf("os.Exit(%d)", e.code) }

// ExitCode is the code given to os.Exit: a notebook's multiprocessing child
// (a worker) whose target calls os.Exit(n) exits with it, as Python's
// sys.exit(n) in a child process gives exitcode n.
func (e exitPanic) ExitCode() int { return e.code }

// SkipsDeferred tells yaegi not to run deferred calls while the panic
// unwinds (interp.SkipsDeferred): Go runs none after os.Exit.
func (exitPanic) SkipsDeferred() bool { return true }

// fatalPanic is the panic value of what ends a Go program with "fatal
// error: MSG" (a throw of the runtime, which no deferred call sees and no
// recover stops), where the engine checks it first, so that the
// interpreter's process lives: the cell ends with that fatal error.
type fatalPanic struct{ msg string }

func (e fatalPanic) Error() string { return "fatal error: " + e.msg }

// SkipsDeferred tells yaegi not to run deferred calls while the panic
// unwinds: Go runs none after a fatal error, and recover does not stop it.
func (fatalPanic) SkipsDeferred() bool { return true }

// fatalMessage returns the message of v, a panic value that stands for a
// fatal error of Go (fatalPanic, or the kernel's sync misuse isync.Fatal).
func fatalMessage(v any) (string, bool) {
	switch f := v.(type) {
	case fatalPanic:
		return f.msg, true
	case isync.Fatal:
		return f.Msg, true
	}
	return "", false
}

// runtime holds the per-session compiled helpers exported to interpreted code.
type runtime struct {
	s *Session

	mu       sync.Mutex
	results  []any         // values shown by the final expression of the running cell
	captured any           // the value of Capture (Lookup)
	shown    bool          // whether Show was called
	elapsed  time.Duration // the last %timeit run (Lap)

	stdin stdinReader

	// line is the virtual line of the running top-level statement (Line,
	// called before each: see trackLines); atomic, as the deadlock
	// watchdog reads it while the cell runs.
	line atomic.Int64

	liveMu sync.Mutex
	live   map[*hook.Scope]int // goroutines started by go statements, per scope
	gos    map[int64]int       // the ids of those goroutines, with their go statement's position (deadlock.go)
	// Typed views of the standard streams, exported as variables so that a
	// rewritten os.Stdin/os.Stdout/os.Stderr has an interface type.
	stdinV           io.Reader
	stdoutV, stderrV stdWriter
}

// stdWriter is the type of a cell's os.Stdout and os.Stderr: the methods of
// *os.File that a program uses through an interface holding os.Stdout
// (io.Writer, io.StringWriter, io.WriteCloser). The kernel's writers
// (hook.Stdout) have them; Close and Sync do nothing. An *os.File is one,
// so os.Stdout = w (w from os.Pipe or os.Create) still compiles.
type stdWriter interface {
	io.Writer
	io.StringWriter
	io.Closer
	Sync() error
}

// symbols returns the helper package for yaegi's Use, and the reflect value
// of Show (the key of its MapTypes entry).
func (rt *runtime) symbols() (map[string]reflect.Value, []reflect.Value) {
	rt.stdinV, rt.stdoutV, rt.stderrV = &rt.stdin, hook.Stdout().(stdWriter), hook.Stderr().(stdWriter)
	show := reflect.ValueOf(rt.show)
	show1 := reflect.ValueOf(rt.show1)
	return map[string]reflect.Value{
		"Show":  show,
		"Show1": show1,
		"Check": reflect.ValueOf(rt.check),
		"Scope": reflect.ValueOf(rt.scope),
		"Go":    reflect.ValueOf(rt.goRun),
		"At":    reflect.ValueOf(rt.at),
		"Line":  reflect.ValueOf(rt.setLine),
		"Enter": reflect.ValueOf(rt.enter),
		// EnterInit is Enter as a package variable's initialiser
		// (enterBeforeVarInits). Its value is an interface: yaegi keeps one
		// global blank variable, which a later `_ = x` of any type sets.
		"EnterInit": reflect.ValueOf(func() any {
			rt.enter()
			return nil
		}),
		"Block":   reflect.ValueOf(block),
		"Named":   reflect.ValueOf(named),
		"Capture": reflect.ValueOf(rt.capture),
		"Now":     reflect.ValueOf(monoNow),
		"Lap":     reflect.ValueOf(rt.lap),
		"Stdin":   reflect.ValueOf(&rt.stdinV).Elem(),
		"Stdout":  reflect.ValueOf(&rt.stdoutV).Elem(),
		"Stderr":  reflect.ValueOf(&rt.stderrV).Elem(),
		// os.Stdout.WriteString and os.Stderr.WriteString in a cell.
		"StdoutWriteString": reflect.ValueOf(func(s string) (int, error) { return io.WriteString(rt.stdoutV, s) }),
		"StderrWriteString": reflect.ValueOf(func(s string) (int, error) { return io.WriteString(rt.stderrV, s) }),
	}, []reflect.Value{show, show1}
}

// setLine records the virtual line of the top-level statement that runs
// next.
func (rt *runtime) setLine(l int) { rt.line.Store(int64(l)) }

// monoNow is a monotonic clock in nanoseconds (%timeit's timer).
func monoNow() int64 { return int64(time.Since(monoStart)) }

var monoStart = time.Now()

// lap records the time elapsed since t0 (a monoNow reading): the duration
// of one %timeit run.
func (rt *runtime) lap(t0 int64) {
	rt.mu.Lock()
	rt.elapsed = time.Duration(monoNow() - t0)
	rt.mu.Unlock()
}

// show records the values of a cell's final expression.
func (rt *runtime) show(vs ...any) {
	rt.mu.Lock()
	rt.results = append(rt.results[:0], vs...)
	rt.shown = true
	rt.mu.Unlock()
}

// show1 records the value of a cell's final expression and its text, made
// by the interpreted fmt.Sprintf("%+v") (which sees the value's methods).
func (rt *runtime) show1(v any, text string) {
	rt.mu.Lock()
	rt.results = append(rt.results[:0], shown{v: v, text: text})
	rt.shown = true
	rt.mu.Unlock()
}

// shown is a value shown with its text made by the interpreter.
type shown struct {
	v    any
	text string
}

func (rt *runtime) takeResults() ([]any, bool) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	vs, ok := rt.results, rt.shown
	rt.results, rt.shown = nil, false
	return vs, ok
}

// check is called by rewritten loops while the interrupt flag is set: it
// panics only in goroutines of an interrupted cell.
func (rt *runtime) check() {
	if hook.Current().Interrupted() {
		panic(hook.KeyboardInterrupt)
	}
}

// enter is the first statement of every statement block of a cell: it marks
// the goroutine that yaegi runs the block in as the cell's main goroutine.
func (rt *runtime) enter() {
	id := hook.GoID()
	hook.SetMainGoroutine(id)
	rt.s.execGoID.Store(id)
	rt.s.execMu.Lock()
	if rt.s.execGoIDs == nil {
		rt.s.execGoIDs = map[int64]*cellRun{}
	}
	rt.s.execGoIDs[id] = rt.s.running.Load()
	rt.s.execMu.Unlock()
}

// goToken is what a rewritten `go` statement passes to its goroutine: the
// scope of the goroutine that ran the statement, captured then.
type goToken struct{ st *goState }

// goState is a go statement's goroutine as counted in runtime.live: from the
// statement on, not from the goroutine's first step, which may come after
// the cell ended (a goroutine of an interrupted cell that had not run yet
// was not counted, the interrupt flag was cleared, and its loops never
// stopped).
type goState struct {
	rt      *runtime
	sc      *hook.Scope
	started atomic.Bool // the goroutine has taken the count over (or it was dropped)
}

// scope returns the calling goroutine's scope, captured at a `go`
// statement, as a *goToken. The goroutine counts as live from now on; if it
// never runs (its arguments panicked after this call, or its cell was
// stopped the hard way before it ran), the count is dropped when the token
// is collected.
func (rt *runtime) scope() any {
	st := &goState{rt: rt, sc: hook.Current()}
	rt.liveMu.Lock()
	if rt.live == nil {
		rt.live = map[*hook.Scope]int{}
		rt.gos = map[int64]int{}
	}
	rt.live[st.sc]++
	rt.liveMu.Unlock()
	tok := &goToken{st: st}
	goruntime.AddCleanup(tok, func(st *goState) {
		if !st.started.Swap(true) {
			st.rt.unlive(st.sc)
		}
	}, st)
	return tok
}

// unlive drops one goroutine of scope sc from runtime.live.
func (rt *runtime) unlive(sc *hook.Scope) {
	rt.liveMu.Lock()
	if rt.live[sc]--; rt.live[sc] <= 0 {
		delete(rt.live, sc)
	}
	rt.liveMu.Unlock()
}

// tokenScope returns the scope of a go statement's token s.
func tokenScope(s any) *hook.Scope {
	switch s := s.(type) {
	case *goToken:
		return s.st.sc
	case *hook.Scope:
		return s
	}
	return nil
}

// bind binds the calling goroutine (a rewritten `go` statement's goroutine,
// started at pos, a token.Pos) to the scope captured by [runtime.scope], and
// records it as one of the cells' goroutines (see cellGoroutines) until the
// returned func is called.
func (rt *runtime) bind(s any, pos int) func() {
	sc := tokenScope(s)
	counted := false // by scope, at the go statement
	if tok, ok := s.(*goToken); ok {
		counted = !tok.st.started.Swap(true)
	}
	restore := hook.Bind(sc)
	id := hook.GoID()
	rt.liveMu.Lock()
	if rt.live == nil {
		rt.live = map[*hook.Scope]int{}
		rt.gos = map[int64]int{}
	}
	if !counted {
		rt.live[sc]++
	}
	rt.gos[id] = pos
	rt.liveMu.Unlock()
	return func() {
		rt.liveMu.Lock()
		if rt.live[sc]--; rt.live[sc] <= 0 {
			delete(rt.live, sc)
		}
		delete(rt.gos, id)
		rt.liveMu.Unlock()
		restore()
	}
}

// numGoroutine is runtime.NumGoroutine for cells: the goroutines of the
// session's program, as a program's count is of its own. That is the
// goroutine running the cell (a program's main goroutine) and those
// started by the go statements of the session's cells that have not ended
// (counted from the go statement, as Go counts a goroutine from its
// creation); the kernel's and the test binary's own goroutines, which the
// compiled function would count, are not the program's.
func (rt *runtime) numGoroutine() int {
	rt.liveMu.Lock()
	defer rt.liveMu.Unlock()
	n := 1
	for _, c := range rt.live {
		n += c
	}
	return n
}

// cellGoroutines returns the goroutines started by go statements of cells
// that still run, with their go statements' positions.
func (rt *runtime) cellGoroutines() map[int64]int {
	rt.liveMu.Lock()
	defer rt.liveMu.Unlock()
	m := make(map[int64]int, len(rt.gos)+1)
	for id, pos := range rt.gos {
		m[id] = pos
	}
	return m
}

// interruptedAlive reports whether goroutines of an interrupted scope are
// still running.
func (rt *runtime) interruptedAlive() bool {
	rt.liveMu.Lock()
	defer rt.liveMu.Unlock()
	for sc := range rt.live {
		if sc.Interrupted() {
			return true
		}
	}
	return false
}

// goRun runs the call of a rewritten go statement at pos (a token.Pos),
// bound to the scope s of the goroutine that ran the statement, and reports
// a panic of it.
func (rt *runtime) goRun(s any, pos int, f func()) {
	if h := goRunHook.Load(); h != nil { // tests: a goroutine that starts late
		(*h)()
	}
	defer rt.bind(s, pos)()
	sc := tokenScope(s)
	defer func() {
		if r := recover(); r != nil {
			rt.goPanic(sc, r)
		}
		// A panic that did not end the program (recovered by compiled
		// code, or of a cell that has ended) holds nothing back any more.
		rt.s.gateRelease()
	}()
	if w := rt.s.race; w != nil {
		w.run(pos, f)
		return
	}
	f()
}

// goRunHook, when set, is called by a go statement's goroutine before it
// runs anything of its own (tests: a goroutine that starts after its cell
// ended).
var goRunHook atomic.Pointer[func()]

// goPanic reports a panic recovered in a goroutine started by a cell.
func (rt *runtime) goPanic(sc *hook.Scope, r any) {
	// The goroutine's unwinding holds back nothing once it is reported
	// (an AfterFunc callback's panic comes here too, not through goRun).
	defer rt.s.gateRelease()
	trace := rt.s.panics.take(hook.GoID())
	if hook.IsInterrupt(r) {
		return // the goroutine's cell was interrupted: end quietly
	}
	var w io.Writer = hook.Stderr()
	if o := hook.OutputScope(sc); o != nil && o.Stderr != nil {
		w = o.Stderr
	}
	var b strings.Builder
	if e, ok := r.(exitPanic); ok {
		if rt.s.goExitStop(sc, e) {
			return
		}
		fmt.Fprintf(&b, "%v called in a goroutine: the goroutine stopped; the kernel and your variables are kept\n", e)
	} else {
		if rt.s.goPanicStop(sc, r, false, rt.s.traceLines(trace, scopeID(sc))) {
			return
		}
		fmt.Fprintf(&b, "panic in goroutine: %s\n", rt.s.panicChainMessage(r, false))
		for _, l := range rt.s.traceLines(trace, scopeID(sc)) {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	io.WriteString(w, b.String())
}

func scopeID(s *hook.Scope) int64 {
	if s == nil {
		return -1
	}
	return s.ID
}

// named is multiprocessing.Named, returned as any.
func named(name string, f any) any { return multiprocessing.Named(name, f) }

// capture records a value for Lookup.
func (rt *runtime) capture(v any) {
	rt.mu.Lock()
	rt.captured = v
	rt.mu.Unlock()
}

// panicString formats a panic value as Go's runtime does after "panic: ".
func panicString(r any) string {
	if t, ok := interpPanicText(r); ok {
		return t
	}
	switch v := r.(type) {
	case error:
		return v.Error()
	case fmt.Stringer:
		return v.String()
	case string:
		return v
	}
	return fmt.Sprintf("%v", r)
}

// stdinReader is the interpreter's os.Stdin: each read with an empty buffer
// asks the current cell's scope for a line of input. When the client cannot
// send input (allow_stdin is false, or no kernel is attached) a read gives
// io.EOF, as a Go program run with no input (go run </dev/null) sees: a
// bufio.Scanner's Scan returns false with no error, fmt.Scan returns the
// error "EOF".
type stdinReader struct {
	mu  sync.Mutex
	buf []byte
}

// Read implements io.Reader.
func (r *stdinReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.buf) == 0 {
		s := hook.Current()
		if s == nil || s.Input == nil {
			return 0, io.EOF
		}
		line, err := s.Input("", false)
		if err != nil {
			return 0, fmt.Errorf("reading stdin: %w", err)
		}
		r.buf = append(r.buf, line...)
		r.buf = append(r.buf, '\n')
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

func (r *stdinReader) reset() {
	r.mu.Lock()
	r.buf = nil
	r.mu.Unlock()
}

// panicLine matches the line yaegi prints to its stderr for every frame a
// panic unwinds: "12:3: panic: main.f(...)", or with the file of a
// package interpreted from the toolchain's sources (sync.OnceValue):
// "sync/go1_26.go.txt:27:5: panic: sync.OnceValue.func(...)".
var panicLine = regexp.MustCompile(`^(?:(?:([^\s:]*\.go(?:\.txt)?):)?(\d+):(\d+)|-): panic: (.*)\(\.\.\.\)\n?$`)

// isPanicLine reports whether panicLine matches p, without the regexp
// (a panic writes one such line per interpreted frame it goes through,
// and the regexp's match was a fifth of the cost of unwinding a frame).
// The prefix before the first ": panic: " is "-" or [FILE:]LINE:COL (none
// of them has ": " in it); the rest ends with "(...)", and an optional
// newline ends the whole.
func isPanicLine(p []byte) bool {
	p = bytes.TrimSuffix(p, []byte("\n"))
	i := bytes.Index(p, []byte(": panic: "))
	if i < 0 || bytes.IndexByte(p, '\n') >= 0 || !bytes.HasSuffix(p[i+len(": panic: "):], []byte("(...)")) {
		return false
	}
	prefix := p[:i]
	if string(prefix) == "-" {
		return true
	}
	parts := bytes.Split(prefix, []byte(":"))
	switch len(parts) {
	case 3:
		f := parts[0]
		if bytes.ContainsAny(f, "\t\f\r ") || !bytes.HasSuffix(f, []byte(".go")) && !bytes.HasSuffix(f, []byte(".go.txt")) {
			return false
		}
		parts = parts[1:]
	case 2:
	default:
		return false
	}
	for _, d := range parts {
		if len(d) == 0 {
			return false
		}
		for _, c := range d {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// panicLog keeps yaegi's panic lines, per goroutine, out of the notebook.
type panicLog struct {
	mu    sync.Mutex
	lines map[int64][]string
}

func (l *panicLog) add(id int64, line string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.lines == nil || len(l.lines) > 1000 {
		l.lines = map[int64][]string{} // forget panics recovered by user code
	}
	if len(l.lines[id]) < 100 {
		l.lines[id] = append(l.lines[id], line)
	}
}

func (l *panicLog) take(id int64) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	v := l.lines[id]
	delete(l.lines, id)
	return v
}

// stderrFilter is the interpreter's stderr: yaegi's own panic lines are
// recorded for the traceback instead of being printed.
type stderrFilter struct {
	log *panicLog
	w   io.Writer
}

func (f stderrFilter) Write(p []byte) (int, error) {
	if isPanicLine(p) {
		f.log.add(hook.GoID(), strings.TrimSuffix(string(p), "\n"))
		return len(p), nil
	}
	return f.w.Write(p)
}

// sessions holds the live sessions (weakly), for panicString and for the
// goroutines of the kernel's overrides (WaitGroup.Go): the text of a panic
// value of an interpreted type is known to the interpreter that panicked
// with it (interp.PanicText), and a panic in a goroutine stops the cell
// that started it (Session.goPanicStop).
var sessions struct {
	mu sync.Mutex
	ps []weak.Pointer[Session]
}

// registerSession adds s to sessions.
func registerSession(s *Session) {
	sessions.mu.Lock()
	defer sessions.mu.Unlock()
	live := sessions.ps[:0]
	for _, p := range sessions.ps {
		if p.Value() != nil {
			live = append(live, p)
		}
	}
	sessions.ps = append(live, weak.Make(s))
}

func liveSessions() []*Session {
	sessions.mu.Lock()
	defer sessions.mu.Unlock()
	var out []*Session
	// Newest first (see interpPanicText). A session that was shut down is
	// here until it is collected: the goroutines it left parked count as
	// another session's for deadlock detection.
	for i := len(sessions.ps) - 1; i >= 0; i-- {
		if s := sessions.ps[i].Value(); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// interpPanicText returns the text Go prints for the panic value r if an
// interpreter panicked with it and its interpreted type gives it one.
func interpPanicText(r any) (string, bool) {
	if r == nil {
		return "", false
	}
	for _, s := range liveSessions() {
		// A session shut down (not collected yet) does not answer: its
		// interpreter's last panics could claim a value of a runtime type
		// it shares with a newer session's (a test process runs thousands
		// of sessions one after another).
		if s.i == nil || s.closed.Load() {
			continue
		}
		if t, ok := s.i.PanicText(r); ok {
			return t, true
		}
	}
	return "", false
}

// goPanicStopAny is Session.goPanicStop for the session whose running cell
// has the scope sc, if any.
func goPanicStopAny(sc *hook.Scope, r any, repanic bool, trace []string) bool {
	for _, s := range liveSessions() {
		if s.goPanicStop(sc, r, repanic, trace) {
			return true
		}
	}
	return false
}
