// Package eval runs notebook cells as interpreted Go: a [Session] is one
// yaegi interpreter whose variables, funcs and types persist from cell to
// cell. It implements kernel.Engine.
//
// A cell may mix imports, declarations, statements and a final expression in
// any order, like a Python cell. The session cuts the cell into top-level
// pieces (go/scanner, then a greedy merge until a piece parses as one
// declaration or as statements), groups consecutive pieces of a kind, rewrites
// them and compiles them with yaegi's CompileAST; yaegi's own first-token
// heuristic and its `func main` trap never apply, and nothing runs unless the
// whole cell compiles. Each piece gets a //line position, so that errors and
// panics name the cell's own lines ("3:5", or "cell[2]:3:5" for code of
// another cell). See ../../../shared/notes/yaegi-and-jupyter.md for the yaegi
// facts behind each rewrite, and third_party/yaegi/PATCHES.md for the fixes
// made in yaegi itself.
//
// Choices a user sees:
//
//   - Every standard library and gonotes library package is usable without
//     an import (fmt.Println just works); an import is accepted, also again.
//     A package of another module (golang.org/x/sync/errgroup) is resolved
//     by the go command in the notebook's module (Options.ModDir, whose
//     go.mod and go.sum record the versions) and interpreted from source;
//     a `%go get module@version` line pins a version (modules.go).
//   - The value of a final expression is the cell's result: strings quoted
//     (%q), errors and Stringers by their message, structs with field names
//     (%+v), other values %v; several results (a multi-value call) as a
//     tuple, "(3, true)"; nothing for a call without results or a fmt print
//     call, or when the cell ends with an explicit ";". A value with a
//     MimeBundle method (lib/display) or HTML, SVG or Markdown methods is
//     shown richly.
//   - A cell that declares func main runs it at its end, as `go run` would
//     (the func is kept under another name, and main() in later cells calls
//     it); it never runs again by itself.
//   - Redefining a func, method or type takes effect, also for the funcs
//     that use it (they are compiled again; one that no longer compiles is
//     reported on the cell's stderr). Values made with the old type keep it.
//   - `x := x + 1` at a cell's top level, declaring again a variable of
//     the notebook, reads the earlier x on its right side (as Python's x =
//     x + 1 and Go's x := x + 1 in an inner block); the statements above it
//     in the cell read the earlier x too.
//   - A func, method, type or constant declared below the statements of
//     its cell that use it is known to them, as in a Go file; so is a var
//     they use that is not a variable of the notebook yet. A declaration
//     that uses a variable a statement of the cell defines comes after that
//     statement (hoist.go).
//   - Go 1.22 semantics: a variable per loop iteration, range over an
//     integer, min, max and clear (in the interpreter itself).
//   - What gc rejects is rejected with gc's message: a local variable
//     declared and not used, a label defined and not used, a missing
//     return (vet.go), a := that declares no new variable in a function.
//     The variables and imports of a cell's top level stay free: a later
//     cell may use them, or declare them again.
//   - A panic in a goroutine started by a go statement of a cell is reported
//     on the stderr of the cell that ran the go statement ("panic in
//     goroutine: ..."), and the goroutine's output goes to that cell, even
//     after it ended. os.Exit and log.Fatal end the cell (SystemExit), not
//     the kernel.
//   - Interrupt: loops check a flag, and time.Sleep, sync.WaitGroup,
//     sync.Mutex, sync.RWMutex, sync.Cond and select {} wait interruptibly
//     (the kernel replaces them with versions that select on the cell's
//     scope); a cell blocked elsewhere (a channel operation, a compiled
//     call) is stopped the hard way after Options.HardStopDelay, which stops
//     only that cell's interpreted code.
//   - os.Stdin reads ask the cell's scope for input (input_request); when
//     the client does not allow stdin they see end of file, as a program
//     run with `go run </dev/null` does.
//   - Goroutines started by a cell keep running after it ends (Go cannot
//     kill a goroutine); only loops of an interrupted cell's goroutines stop.
//   - A replay of the declarations ([Session.Declarations], run again by a
//     multiprocessing child and by a new interpreter after a fatal error)
//     never runs an initialiser with effects: `var f, _ =
//     os.Create("results.csv")` comes back as `var f *os.File`, a zero
//     value, and [Session.ReplayNotes] names it for the restart message.
//     Only pure initialisers (literals, operators, conversions, func
//     literals, and calls of a list of pure functions such as make, len,
//     strings.*, fmt.Sprintf, queue.New) are replayed; the rule is in
//     replay.go.
package eval

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"io"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	isync "github.com/gonotes/gonotes/kernel/eval/internal/sync"
	"github.com/gonotes/gonotes/kernel/symbols"
	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	syscallsyms "github.com/traefik/yaegi/stdlib/syscall"
	"github.com/traefik/yaegi/stdlib/unsafe"
)

// Options configures a [Session].
type Options struct {
	// Env is the environment seen by os.Getenv in cells; nil means the
	// process's environment. (yaegi virtualises it: os.Setenv in a cell does
	// not change the kernel's environment.)
	Env []string
	// Args is os.Args in cells; nil means {"gonotes"}.
	Args []string
	// HardStopDelay is how long Interrupt waits for the cell to stop by
	// itself (loop checks, interruptible waits) before it stops the
	// interpreter the hard way. Zero means 500 ms.
	HardStopDelay time.Duration
	// ModDir is the directory of the Go module whose go.mod and go.sum pin
	// the third-party packages that cells import (see modules.go): the
	// notebook's directory. Its go.mod is created at the first such import
	// if there is none. Empty means a temporary module per session
	// (nothing is recorded).
	ModDir string
	// RaceLog receives the race runtime's raw reports (race mode: see
	// race.go); nil discards them.
	RaceLog io.Writer
}

// Session is one interpreter: the state of a notebook. Execute is serialised;
// Interrupt, Complete, Inspect and IsComplete may be called concurrently.
type Session struct {
	opts Options

	mu      sync.Mutex // serialises Execute
	i       *interp.Interpreter
	rt      *runtime
	intr    reflect.Value // the interpreted flag checked at the top of loop bodies
	race    *raceWatch    // race mode (a -race build), else nil
	imports map[string]bool
	mods    *modules
	environ func() []string // the interpreter's os.Environ, for the cells' scopes
	lines   lineMap
	// callerPos, if set, gives the file and line that runtime.Caller
	// reports for a line of a cell (the conformance test: the program's
	// main.go and its line); by default "cell[N]" and the line.
	callerPos func(cell int64, line int) (string, int)
	panics    panicLog

	declMu sync.Mutex
	decls  []*decl // declarations of the cells that ran, in order
	// vetDecls caches the parsed type and var declarations for vetconc.go.
	vetDecls map[*decl][]ast.Decl
	// genDecls are the top-level funcs and types of the cells so far, for
	// the type arguments a later cell gives them (vetgeneric.go).
	genDecls genDecls
	// cellDecls are the declarations of the running cell, compiled but not
	// yet committed: a child process started by the cell replays them too.
	cellDecls []*decl
	// globalMark holds the global symbols while a cell compiles (see
	// globalBefore).
	globalMark *interp.SymbolMark

	oldwd string // the directory before the last %cd (%cd -)

	noLoopCheck bool // benchmarks: compile loops without the interrupt check
	// tidyLater: Execute leaves the release of the interpreter's
	// temporaries to Tidy (see SetTidyLater); untidy: a cell left them.
	tidyLater, untidy bool
	compiles          int // units compiled (tests: a cell's final value is compiled once)

	execGoID  atomic.Int64
	execMu    sync.Mutex
	execGoIDs map[int64]*cellRun // the goroutines that ran this session's cells, with their run; a hard-stopped run's may be blocked for ever (deadlock.go)
	commUsed  atomic.Bool        // a cell published a comm message: a front end may feed its goroutines (deadlock.go)
	timers    timerWatch         // until when a timer made by a cell may fire (deadlock.go)
	intrEpoch atomic.Int64       // interrupts so far: a stale flag clearer does nothing
	running   atomic.Pointer[cellRun]
	closed    atomic.Bool
}

// cellRun is the state of the running cell.
type cellRun struct {
	scope     *hook.Scope
	cancel    context.CancelFunc
	done      chan struct{}
	hardStop  atomic.Bool
	interrupt sync.Once
	goPanic   atomic.Pointer[Error] // a goroutine of the cell panicked: the cell's error

	// endsProgram: the cell is stopped because the program ended there
	// (os.Exit or a panic in a goroutine, a deadlock): a hard stop runs
	// no deferred call of its frames, as Go runs none.
	endsProgram atomic.Bool

	// gate holds back the output of the cell's goroutines while one of
	// them unwinds a panic (outgate.go).
	gate outGate
}

// New returns a fresh session.
func New(opts Options) (*Session, error) {
	if opts.HardStopDelay == 0 {
		opts.HardStopDelay = 500 * time.Millisecond
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	if opts.Args == nil {
		opts.Args = []string{"gonotes"}
	}
	s := &Session{opts: opts, imports: map[string]bool{}}
	s.rt = &runtime{s: s}
	defer registerSession(s)
	s.mods = newModules(opts.ModDir, opts.Env, func(p string) bool {
		// Also a package given to the interpreter later (Use).
		return isBinaryPackage(p) || len(s.i.Symbols(p)) > 0
	})
	s.i = interp.New(interp.Options{
		// Third-party packages are read from the module cache, as the go
		// command selected them (modules.go).
		SourcecodeFilesystem: s.mods.fsys,
		// yaegi applies build constraints again to the files it reads:
		// the same tags.
		BuildTags: pureGoTags,
		Stdin:     &s.rt.stdin,
		Stdout:    hook.Stdout(),
		Stderr:    stderrFilter{log: &s.panics, w: hook.Stderr()},
		Env:       opts.Env,
		Args:      opts.Args,
		// A notebook compiles cells for ever: keep no syntax tree for a
		// debugger that gonotes does not use.
		NoDebugRoots: true,
	})
	if err := s.i.Use(stdlib.Symbols); err != nil {
		return nil, fmt.Errorf("loading the standard library symbols: %w", err)
	}
	// The processes the cells start get the cells' environment (os.Setenv
	// in a cell changes the interpreter's, not the kernel's), as a Python
	// child gets os.environ: Execute gives it to the cell's scope.
	if v := s.i.Symbols("os")["os"]["Environ"]; v.IsValid() {
		s.environ, _ = v.Interface().(func() []string)
	}
	s.timers.panicked = s.rt.goPanic
	s.i.SetUnwindHook(s.unwindHook)
	ov := overrides(&s.timers)
	if err := s.i.Use(ov); err != nil {
		return nil, fmt.Errorf("loading the kernel's overrides: %w", err)
	}
	// runtime.Caller and log's Lshortfile name the cells' lines (callers.go).
	std := ov["log/log"]["Default"].Interface().(func() *Logger)()
	s.i.SetStackBinder(s.stackBinder(std))
	if err := s.i.Use(interp.Exports{"runtime/runtime": {"NumGoroutine": reflect.ValueOf(s.rt.numGoroutine)}}); err != nil {
		return nil, fmt.Errorf("loading the session's runtime.NumGoroutine: %w", err)
	}
	if err := s.i.Use(newCellFlags(opts.Args).symbols()); err != nil {
		return nil, fmt.Errorf("loading the session's command line flags: %w", err)
	}
	if err := s.i.Use(newCellHTTP().symbols()); err != nil {
		return nil, fmt.Errorf("loading the session's HTTP multiplexer: %w", err)
	}
	if err := s.i.Use(symbols.Symbols); err != nil {
		return nil, fmt.Errorf("loading the gonotes library symbols: %w", err)
	}
	// Typed callers of the library's functions and methods: a cell calls
	// Lock.Acquire or Queue.Put without reflect.Value.Call.
	s.i.UseFast(symbols.Fast)
	s.i.UseFast(isync.Fast)
	// And of the standard library's most called ones in loops
	// (strings.Builder, strconv.Itoa, math.Sqrt...).
	s.i.UseFast(symbols.StdFast)
	// Recursion through closures is limited per goroutine (RecursionError).
	goroutineIDOnce.Do(func() { interp.GoroutineID = hook.GoID }) // once: goroutines of other sessions read it
	rtSyms, show := s.rt.symbols()
	if err := s.i.Use(interp.Exports{rtPath + "/" + rtName: rtSyms}); err != nil {
		return nil, fmt.Errorf("loading the kernel's helpers: %w", err)
	}
	// Every package is usable without an import (fmt.Println in a cell just
	// works); an explicit import is still accepted.
	s.i.ImportUsed()
	// unsafe, after ImportUsed: usable with an import only, as in Go (many
	// third-party packages import it).
	if err := s.i.Use(unsafe.Symbols); err != nil {
		return nil, fmt.Errorf("loading package unsafe: %w", err)
	}
	// syscall, also with an import only: errno values (syscall.ENOENT),
	// signals (syscall.SIGTERM for os/signal and Process.Signal), Getpid.
	if err := s.i.Use(syscallsyms.Symbols); err != nil {
		return nil, fmt.Errorf("loading package syscall: %w", err)
	}
	// syscall.Kill, which yaegi's restricted table leaves out (with Exec
	// and Exit): signal.Notify programs test themselves with
	// syscall.Kill(os.Getpid(), sig). os/exec is there already, so it
	// gives a cell nothing it could not do.
	if err := s.i.Use(interp.Exports{"syscall/syscall": syscallExtra()}); err != nil {
		return nil, fmt.Errorf("loading package syscall: %w", err)
	}
	if err := s.i.Use(wrappers(show)); err != nil {
		return nil, fmt.Errorf("loading the result wrappers: %w", err)
	}
	base := s.lines.add(-1, prelude)
	f, err := parser.ParseFile(s.i.FileSet(), "_.go", "package main;"+directive("_.go", base, 1)+prelude, 0)
	if err != nil {
		return nil, fmt.Errorf("parsing the prelude: %w", err)
	}
	prog, err := s.compile(f)
	if err != nil {
		return nil, fmt.Errorf("compiling the prelude: %w", err)
	}
	if _, err := s.i.Execute(prog); err != nil {
		return nil, fmt.Errorf("running the prelude: %w", err)
	}
	s.intr = s.i.Globals()[intrVar]
	s.race = newRaceWatch(s, opts.RaceLog)
	if !s.intr.IsValid() || !s.intr.CanSet() {
		return nil, errors.New("the interrupt flag is not settable")
	}
	return s, nil
}

// goroutineIDOnce sets interp.GoroutineID once per process.
var goroutineIDOnce sync.Once

// prelude is interpreted once per session.
const prelude = "var " + intrVar + " int32\n"

// unit is what yaegi compiles and runs at once: consecutive declarations (a
// file) or consecutive statements (a block), or the final expression.
type unit struct {
	kind   pieceKind
	result bool // the final expression: show its value(s)
	quiet  bool // the final expression, ended by ';': its value is dropped
	pieces []piece
	prog   *interp.Program
	// pend is how many of the cell's declarations (prepare's pending) the
	// units up to this one declared.
	pend int
	// carry, for a statement unit declaring again variables of the
	// notebook, holds their values before the cell (see carryOld).
	carry map[string]reflect.Value
}

// Execute runs one cell. See kernel.Engine.
func (s *Session) Execute(ctx context.Context, scope *hook.Scope, code string) (map[string]any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tidy()
	if scope == nil {
		scope = hook.NewScope(0, nil, nil)
	}
	if scope.Environ == nil {
		scope.Environ = s.environ
	}
	run := &cellRun{scope: scope, done: make(chan struct{})}
	// Before any goroutine can find the scope (Bind, SetActive).
	run.gate.gate(scope)
	defer hook.Bind(scope)()
	hook.SetActive(scope)
	s.rt.stdin.reset()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	run.cancel = cancel
	if s.race != nil {
		// After the cell (before its scope ends): the races it caused.
		defer func() {
			if scope.Stderr != nil {
				s.race.report(scope.Stderr, scope.ID)
			}
		}()
	}
	if c := scope.Comm; c != nil {
		scope.Comm = func(kind string, content, metadata map[string]any) {
			s.commUsed.Store(true)
			c(kind, content, metadata)
		}
	}
	s.running.Store(run)
	stopWatch := s.startDeadlockWatch(run)
	defer func() {
		stopWatch()
		run.gate.finish()
		// What the library holds back (coalesced widget updates) reaches
		// the front end before the cell's reply and idle status.
		hook.Flush()
		// From now on, output of the cell's goroutines goes to the cell
		// running then, if any (hook.OutputScope).
		scope.End()
		s.running.Store(nil)
		close(run.done)
		s.clearFlag()
		if !run.hardStop.Load() {
			// The goroutines that ran the cell have ended.
			s.execMu.Lock()
			for id, r := range s.execGoIDs {
				if r == run {
					delete(s.execGoIDs, id)
				}
			}
			s.execMu.Unlock()
			// The cell's top-level statements have ended: what they left in
			// the interpreter's temporaries (closures, their frames) must not
			// live as long as the notebook.
			if s.tidyLater {
				s.untidy = true
			} else {
				s.i.ReleaseTemporaries()
			}
		}
	}()

	if cell, ok := splitMagics(code); ok {
		return s.runMagicCell(ctx, run, cell)
	}
	vs, ok, err := s.runGo(ctx, run, code)
	if err != nil || !ok {
		return nil, err
	}
	return bundle(vs), nil
}

// SetTidyLater makes Execute leave the release of what the cell's
// top-level statements left in the interpreter (ReleaseTemporaries) to
// Tidy, which a kernel calls once the cell's reply is on its way, so that
// the release is not on the reply's path. The next Execute does it first
// if Tidy was not called.
func (s *Session) SetTidyLater(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tidyLater = on
	s.tidy()
}

// Tidy does what the last Execute left for later (see SetTidyLater).
func (s *Session) Tidy() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tidy()
}

// tidy is Tidy with s.mu held.
func (s *Session) tidy() {
	if s.untidy {
		s.untidy = false
		s.i.ReleaseTemporaries()
	}
}

// runGo runs Go code (a whole cell, or the Go lines of a cell with magics)
// in the running cell, and returns the values of its final expression, if
// any.
func (s *Session) runGo(ctx context.Context, run *cellRun, code string) ([]any, bool, error) {
	scope := run.scope
	s.rt.takeResults()
	s.rt.line.Store(0)
	base := s.lines.add(scope.ID, code)
	units, pending, err := s.prepare(code, base, scope)
	if err != nil {
		return nil, false, err
	}
	s.declMu.Lock()
	s.cellDecls = pending
	s.declMu.Unlock()
	defer func() {
		s.declMu.Lock()
		s.cellDecls = nil
		s.declMu.Unlock()
	}()
	// A defer statement of the cell's top level runs at the end of the
	// cell, as one of main does, not at the end of its unit.
	last := -1
	for i, u := range units {
		if u.prog != nil {
			last = i
		}
	}
	// The funcs and methods that units after a statement unit declare
	// (compiled again for a variable the statements declare again) have
	// code before the statements run: a method table holds the latest
	// compiled methods, and a call from compiled code (io.Copy, an
	// io.Writer) of a method whose unit had not run did nothing.
	// They read the variables declared again with the values of before
	// until the statements declaring them run, as the statements before
	// those do (the notebook run as one program has one variable).
	stmts := false
	for i, u := range units {
		if u.kind != declPiece {
			stmts = true
		} else if stmts && u.prog != nil {
			if gerr := s.i.Generate(u.prog); gerr != nil {
				return nil, false, fmt.Errorf("generating the code of the funcs declared again: %w", gerr)
			}
		}
		if i > 0 {
			for n, v := range u.carry {
				s.i.CarryGlobal(n, v)
			}
		}
	}
	defer s.i.HoldDefers(false)
	s.i.TopLevelRecovered()
	for i, u := range units {
		s.i.HoldDefers(i < last)
		err := s.exec(ctx, run, u, base)
		if err == nil && s.i.TopLevelRecovered() {
			// A deferred call of the top level recovered a panic: the
			// cell ends there, as main returns.
			break
		}
		if err != nil {
			s.i.DropDefers()
			// The funcs and methods the units after this one declare are
			// kept (commitFailed): their code is generated, although
			// those units do not run.
			for _, v := range units[i+1:] {
				if v.kind == declPiece && v.prog != nil {
					if gerr := s.i.Generate(v.prog); gerr != nil {
						warnf(run.scope.Stderr, "the funcs declared after the failed statement may not work: %v", gerr)
					}
				}
			}
			s.commitFailed(pending, units, i)
			if e := run.goPanic.Load(); e != nil {
				return nil, false, e
			}
			return nil, false, err
		}
		if u.kind == declPiece {
			// The types of the variables a replay declares as zero
			// values, known before a statement may start a child.
			s.nameZeroTypes(pending)
		}
	}
	if e := run.goPanic.Load(); e != nil {
		s.commitFailed(pending, units, len(units)-1)
		return nil, false, e
	}
	s.nameZeroTypes(pending)
	s.commit(pending)
	vs, ok := s.rt.takeResults()
	return vs, ok, nil
}

// commitFailed records the declarations of a cell that compiled and then
// failed in its unit units[failed] (a panic, an interrupt): they were all
// compiled before anything ran, so the interpreter has them, as Python has
// the defs of a cell above the line that raised; a variable of an `x :=
// expr` statement counts only when its unit ran to its end.
func (s *Session) commitFailed(pending []*decl, units []*unit, failed int) {
	ran := 0
	if failed > 0 {
		ran = units[failed-1].pend
	}
	var keep []*decl
	for i, d := range pending {
		if !d.fromStmt || i < ran {
			keep = append(keep, d)
		}
	}
	s.commit(keep)
}

// prepare splits, parses, rewrites and compiles a cell. Nothing runs unless
// the whole cell compiles. It also returns the cell's declarations.
func (s *Session) prepare(code string, base int, scope *hook.Scope) ([]*unit, []*decl, error) {
	pieces, err := splitCell(code)
	if err != nil {
		var se *splitError
		if errors.As(err, &se) {
			return nil, nil, s.compileError(fmt.Sprintf("%d:%d: %s", base+se.line-1, se.col, se.msg), base)
		}
		return nil, nil, s.compileError(err.Error(), base)
	}
	if err := s.missingImport(pieces, base); err != nil {
		return nil, nil, err
	}
	if err := s.varAsType(pieces, base); err != nil {
		return nil, nil, err
	}
	var out []*unit
	var pending []*decl
	pur := s.newPurity()
	// A cell that fails to compile defines nothing: yaegi keeps what it
	// defined before the failure. A cell of statements only (most) changes
	// no symbol in place: a mark of the names is enough, and costs less
	// than one of every symbol. If it makes funcs compile again (it
	// declares again a variable they use), the full mark taken before the
	// first of them (later) is restored too.
	declares := false
	for _, p := range pieces {
		declares = declares || p.kind == declPiece
	}
	var mark interp.SymbolMark
	if declares {
		mark = s.i.MarkSymbols()
	} else {
		mark = s.i.MarkSymbolNames()
	}
	var later []interp.SymbolMark
	restore := func() {
		for i := len(later) - 1; i >= 0; i-- {
			s.i.RestoreSymbols(later[i])
		}
		s.i.RestoreSymbols(mark)
	}
	// The globals as they are before this cell compiles anything, read
	// one by one when asked (globalBefore): yaegi's Globals is not
	// reliable (it may panic) while a cell is half compiled, and a copy of
	// them all costs as much as the notebook has globals.
	s.globalMark = &mark
	defer func() { s.globalMark = nil }()
	rw := rewriter{vetConc: true, cellUnit: true, cell: scope.ID, race: s.race != nil}
	// What the compilations again found, applied (and told) only when the
	// whole cell compiles: a cell that fails changes nothing.
	broken := map[*decl]bool{}
	var notes []string
	// The variables and constants of the notebook, and of this cell's
	// units so far (splitAtRedefines adds those its statements define).
	vars := map[string]bool{}
	s.declMu.Lock()
	for _, d := range s.decls {
		if d.kind == "var" || d.kind == "const" {
			for _, n := range d.names {
				vars[n] = true
			}
		}
	}
	s.declMu.Unlock()
	// Declarations below the statements that use them come first (hoist.go).
	pieces, lastMoved := hoist(pieces, func(name string) bool {
		return vars[name] || s.globalBefore(name).IsValid()
	})
	rw.cellPieces = pieces
	for _, whole := range group(pieces, lastMoved) {
		for _, u := range s.splitAtRedefines(whole, pur, pending, vars) {
			if u.kind != declPiece {
				for i := range u.pieces {
					for _, n := range u.pieces[i].defines() {
						if v := s.globalBefore(n); v.IsValid() {
							if u.carry == nil {
								u.carry = map[string]reflect.Value{}
							}
							u.carry[n] = v
						}
					}
				}
			}
			if err := s.compileUnit(u, base, &rw); err != nil {
				restore()
				return nil, nil, err
			}
			out = append(out, u)
			from := len(pending)
			if u.kind != declPiece {
				pending = append(pending, defineDecls(u, base, scope.ID, pur, s.latestDecl(pending))...)
			} else {
				pending = append(pending, declsOf(u, base, scope.ID, pur)...)
			}
			u.pend = len(pending)
			for _, d := range pending[from:] {
				if d.kind == "var" || d.kind == "const" {
					for _, n := range d.names {
						vars[n] = true
					}
				}
			}
			// Callers of a func, method or type this cell redefines, and the
			// funcs using a constant or variable it declares again (`x :=
			// expr` at its top level too), are compiled again, before the
			// statements that follow may call them.
			// Every variable a statement defines counts, also one whose
			// value is not replayed (rows := load()).
			changes := pending
			if u.kind != declPiece {
				changes = pending[:from:from]
				for i := range u.pieces {
					if names := u.pieces[i].defines(); len(names) > 0 {
						changes = append(changes, &decl{kind: "var", names: names})
					}
				}
			}
			redone := s.redefined(changes, from)
			// All at once first: funcs that call each other (even and
			// odd, both using a constant declared again) then call each
			// other's new versions; compiled one by one, the first called
			// the second's old one. One by one if that fails, so that
			// only those that no longer compile keep the old definition.
			if len(redone) > 1 {
				du := &unit{kind: declPiece}
				for _, d := range redone {
					du.pieces = append(du.pieces, piece{kind: declPiece, text: d.text, line: d.vline, col: d.col})
				}
				before := s.i.MarkSymbols()
				if !declares && len(later) == 0 {
					later = append(later, before)
				}
				if err := s.compileUnit(du, 1, &rewriter{}); err == nil {
					for _, d := range redone {
						broken[d] = false
					}
					du.pend = len(pending)
					out = append(out, du)
					redone = nil
				} else {
					s.i.RestoreSymbols(before)
				}
			}
			for _, d := range redone {
				du := &unit{kind: declPiece, pieces: []piece{{kind: declPiece, text: d.text, line: d.vline, col: d.col}}}
				before := s.i.MarkSymbols()
				if !declares && len(later) == 0 {
					later = append(later, before)
				}
				if err := s.compileUnit(du, 1, &rewriter{}); err != nil {
					s.i.RestoreSymbols(before)
					broken[d] = true
					if recv, m, ok := strings.Cut(d.names[0], "."); ok && d.kind == "method" && declaresType(changes[from:], recv) && s.i.DropMethod(recv, m) {
						// The old method was compiled for the old type's
						// fields: kept, it read fields the new type does
						// not have (a student pasting a second program
						// with another `type Item`). The new type goes
						// without it, as Go would declare it; if the type
						// is declared again so that the method compiles,
						// it comes back.
						notes = append(notes, fmt.Sprintf("note: method %s (%s) does not compile with the new type %s, so %s no longer has it: %s",
							d.names[0], cellName(d.cell), recv, recv, ansi(err)))
						continue
					}
					notes = append(notes, fmt.Sprintf("note: %s %s (%s) uses a redefined name and no longer compiles, so it keeps the old definition: %s",
						d.kind, strings.Join(d.names, ", "), cellName(d.cell), ansi(err)))
					continue
				}
				broken[d] = false
				du.pend = len(pending)
				out = append(out, du)
			}
		}
	}
	if rw.definesMain {
		// The cell declared func main: run it, as `go run` would.
		u := &unit{kind: stmtPiece, pieces: []piece{{kind: stmtPiece, text: mainRename + "()", line: 1, col: 1}}}
		if err := s.compileUnit(u, base, &rewriter{}); err != nil {
			restore()
			return nil, nil, err
		}
		out = append(out, u)
	}
	// Values made before of a type whose methods the cell declared again
	// call them as declared now, also from compiled code.
	s.i.RefreshMethodTables()
	s.declMu.Lock()
	for d, b := range broken {
		d.broken = b
	}
	s.declMu.Unlock()
	for _, n := range notes {
		warnf(scope.Stderr, "%s", n)
	}
	for _, w := range rw.concWarns {
		warnf(scope.Stderr, "%s", w)
	}
	return out, pending, nil
}

// latestDecl returns a lookup of the latest declaration of a constant or
// variable: of the running cell's pending ones, else of the notebook's.
func (s *Session) latestDecl(pending []*decl) func(string) *decl {
	return func(name string) *decl {
		find := func(ds []*decl) *decl {
			for i := len(ds) - 1; i >= 0; i-- {
				if d := ds[i]; d.kind == "var" || d.kind == "const" {
					for _, n := range d.names {
						if n == name {
							return d
						}
					}
				}
			}
			return nil
		}
		if d := find(pending); d != nil {
			return d
		}
		s.declMu.Lock()
		defer s.declMu.Unlock()
		return find(s.decls)
	}
}

func cellName(id int64) string { return fmt.Sprintf("cell[%d]", id) }

var ansiRe = regexp.MustCompile("\x1b\\[[0-9;]*m")

// ansi returns an error's message without colours.
func ansi(err error) string { return ansiRe.ReplaceAllString(err.Error(), "") }

// group gathers consecutive pieces of a kind into units; imports come first
// and the final expression statement is a unit of its own (none when
// noResult: the cell's last piece was a declaration that hoist moved).
func group(pieces []piece, noResult bool) []*unit {
	var units []*unit
	var imports *unit
	for i, p := range pieces {
		if p.isImport {
			if imports == nil {
				imports = &unit{kind: declPiece}
			}
			imports.pieces = append(imports.pieces, p)
			continue
		}
		if p.kind == stmtPiece && strings.TrimSpace(p.text) == "" {
			continue
		}
		last := i == len(pieces)-1 && !noResult
		if last && p.isExpr {
			// The final expression: its value is shown, unless a ';'
			// ends it (quiet, as in IPython).
			units = append(units, &unit{kind: stmtPiece, result: !p.semi, quiet: p.semi, pieces: []piece{p}})
			continue
		}
		if n := len(units); n > 0 && units[n-1].kind == p.kind && !units[n-1].result {
			units[n-1].pieces = append(units[n-1].pieces, p)
			continue
		}
		units = append(units, &unit{kind: p.kind, pieces: []piece{p}})
	}
	if imports != nil {
		units = append([]*unit{imports}, units...)
	}
	return units
}

// source returns the unit's text for the parser, each piece preceded by a
// line directive that gives it its virtual position.
func (u *unit) source(base int) string {
	var b strings.Builder
	if u.kind == declPiece {
		// A line of its own: a comment that begins the first piece (a
		// //go:embed directive, a doc comment) is the doc comment of its
		// declaration, not a comment of the package clause's line.
		b.WriteString("package main\n")
	} else {
		b.WriteString("package main;func main(){")
	}
	for _, p := range u.pieces {
		b.WriteString(directive("_.go", base+p.line-1, p.col))
		b.WriteString(p.text)
		b.WriteString("\n")
	}
	if u.kind == stmtPiece {
		b.WriteString("}")
	}
	return b.String()
}

// parse parses the unit with the interpreter's file set.
func (s *Session) parse(u *unit, base int) (ast.Node, error) {
	f, err := parser.ParseFile(s.i.FileSet(), "_.go", u.source(base), parser.ParseComments)
	if err != nil {
		return nil, err
	}
	if u.kind == declPiece {
		return f, nil
	}
	return f.Decls[0].(*ast.FuncDecl).Body, nil
}

// Ways to compile the final expression of a cell.
const (
	showNone  = iota // a plain statement (a call without results)
	showOne          // { __v := expr; __gonotes.Show1(__v, fmt.Sprintf("%+v", __v)) }
	showMulti        // __gonotes.Show(expr): a multi-value call
)

// compileUnit parses, rewrites and compiles one unit, once. The final
// expression of a cell is shown: a call is compiled as a plain statement
// first and, when it has results (yaegi tells how many), again wrapped
// to show them (Show); any other expression has exactly one value when it
// compiles, so it is compiled wrapped (Show1) at once, and as a plain
// statement only when that fails (a value the wrapper cannot take, or an
// error, which is then reported as the plain statement's).
func (s *Session) compileUnit(u *unit, base int, rw *rewriter) error {
	vetted := false
	var vetErr error // what vetUnit found: every compile of the unit gives it
	compile := func(show int) (*interp.Program, error) {
		s.compiles++
		n, err := s.parse(u, base)
		if err != nil {
			return nil, err
		}
		if f, ok := n.(*ast.File); ok && u.pieces[0].isImport {
			s.dropSeenImports(f)
			if len(f.Decls) == 0 {
				return nil, nil
			}
			paths := importPaths(f)
			if slices.Contains(paths, "C") {
				return nil, importError(errors.New(`import "C": cgo is not available in a cell: cells run in the Go interpreter, which calls no C compiler (use a pure Go package, or os/exec to run a C program)`))
			}
			if err := s.mods.resolve(paths); err != nil {
				return nil, importError(err)
			}
		}
		if !vetted {
			vetted = true
			// What gc rejects and yaegi does not (see vet.go).
			errs := vetUnit(n)
			if s.genDecls == nil {
				s.genDecls = genDecls{}
			}
			if gerrs := genericErrors(n, s.genDecls); len(gerrs) > 0 {
				errs = append(errs, gerrs...)
				sort.SliceStable(errs, func(i, j int) bool { return errs[i].pos < errs[j].pos })
			}
			s.genDecls.note(n)
			if f, ok := n.(*ast.File); ok && rw.cellUnit {
				// Not in a declaration of an earlier cell compiled again.
				errs = append(errs, packageRedeclErrors(f)...)
				sort.SliceStable(errs, func(i, j int) bool { return errs[i].pos < errs[j].pos })
			}
			if len(errs) > 0 {
				vetErr = s.vetError(errs)
			} else if rw.vetConc {
				// go vet's concurrency checks: warnings only.
				rw.concWarns = append(rw.concWarns, s.concWarnings(n, rw, base)...)
			}
		}
		if vetErr != nil {
			return nil, vetErr
		}
		if f, ok := n.(*ast.File); ok {
			if errs := embedFiles(f, "."); len(errs) > 0 {
				return nil, s.vetError(errs)
			}
		}
		rw.userFunc = s.userFunc
		rw.declKind = s.declKind
		rw.isPackage = s.isPackage()
		rw.procRecv = s.procRecv()
		rw.isMP = s.isMP()
		rw.isThreading = s.isLib("threading")
		rw.noCheck = s.noLoopCheck
		rw.rewrite(n)
		if b, ok := n.(*ast.BlockStmt); ok {
			b.List = trackLines(s.i.FileSet(), b.List)
			if show != showNone {
				last := len(b.List) - 1
				b.List[last] = showStmt(b.List[last].(*ast.ExprStmt).X, show)
			}
			b.List = append([]ast.Stmt{&ast.ExprStmt{X: rtCall("Enter")}}, b.List...)
		}
		if f, ok := n.(*ast.File); ok {
			enterBeforeVarInits(f)
		}
		// The statements of a unit that is not the cell's final
		// expression stand for main's body: an expression statement
		// there (x == 1, append(s, 1)) is gc's "... is not used", where
		// the final expression shows its value.
		s.i.SetStatementsInBody(!u.result && !u.quiet)
		if rw.cellUnit {
			before, shared, safe := cellSlices(s.i, &rw.cellNames, rw.cellPieces, u)
			s.i.SetCellSliceVars(before, shared)
			s.i.SetCellSafeVars(safe)
		}
		prog, err := s.compile(n)
		s.i.SetStatementsInBody(false)
		s.i.SetCellSliceVars(nil, nil)
		for f, ok := n.(*ast.File); ok && err != nil && s.forgiveImport(f, err); {
			prog, err = s.compile(n)
		}
		if err != nil {
			return nil, err
		}
		if f, ok := n.(*ast.File); ok && u.pieces[0].isImport {
			s.recordImports(f)
		}
		return prog, nil
	}
	var prog *interp.Program
	var err error
	switch {
	case u.result && !isCall(u.pieces[0].text):
		// A value the wrapper cannot take (untyped nil, say) is not shown.
		if prog, err = compile(showOne); err != nil {
			prog, err = compile(showNone)
		}
	case u.result && !isPrintCall(u.pieces[0].text):
		if prog, err = compile(showNone); err == nil {
			if k, ok := prog.LastResults(); ok && k > 0 {
				if p, err := compile(showMulti); err == nil {
					prog = p
				}
			}
		}
	default:
		prog, err = compile(showNone)
	}
	if err == nil {
		u.prog = prog
		return nil
	}
	var ie *Error
	if errors.As(err, &ie) {
		return ie
	}
	var list scanner.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		return s.compileError(list[0].Error(), base)
	}
	if strings.Contains(err.Error(), "constant definition loop") {
		// yaegi's message for an undefined name at the top level of a cell.
		if msg, ok := s.undefined(u, base); ok {
			return s.compileError(msg, base)
		}
		// Or for a cycle of constants or variables: gc's words.
		if msg, ok := initCycle(u.source(base), err.Error()); ok {
			return s.compileError(msg, base)
		}
	}
	return s.compileError(err.Error(), base)
}

// vetError returns the findings of vetUnit as gc prints them (at most
// 10), at virtual positions.
func (s *Session) vetError(errs []vetError) error {
	var b strings.Builder
	for i, e := range errs {
		if i == 10 {
			b.WriteString("too many errors\n")
			break
		}
		p := s.i.FileSet().Position(e.pos)
		msg := e.msg
		if e.at.IsValid() {
			at := s.i.FileSet().Position(e.at)
			msg += fmt.Sprintf(" at %d:%d", at.Line, at.Column)
		}
		msg += e.suffix
		fmt.Fprintf(&b, "%d:%d: %s\n", p.Line, p.Column, msg)
	}
	return errors.New(b.String())
}

// undefined finds the first name of a unit that nothing defines, and
// returns "line:col: undefined: name" (virtual position).
// initCycle returns gc's message for yaegi's "L:C: constant definition
// loop" when the name declared at L:C of src is a constant or a variable:
// "L:C: initialization cycle for NAME".
func initCycle(src, msg string) (string, bool) {
	var line, col int
	if _, err := fmt.Sscanf(msg, "%d:%d: constant definition loop", &line, &col); err != nil {
		return "", false
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "_.go", src, parser.SkipObjectResolution)
	if err != nil {
		return "", false
	}
	name := ""
	ast.Inspect(f, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && name == "" {
			for _, id := range vs.Names {
				if p := fset.Position(id.Pos()); p.Line == line && p.Column == col {
					name = id.Name
				}
			}
		}
		return name == ""
	})
	if name == "" {
		return "", false
	}
	return fmt.Sprintf("%d:%d: initialization cycle for %s", line, col, name), true
}

func (s *Session) undefined(u *unit, base int) (string, bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "_.go", u.source(base), parser.SkipObjectResolution)
	if err != nil {
		return "", false
	}
	known := map[string]bool{"_": true}
	for _, n := range predeclared {
		known[n] = true
	}
	for n := range s.packageNames() {
		known[n] = true
	}
	for n := range s.globals() {
		known[n] = true
	}
	for _, n := range s.names() {
		known[n] = true
	}
	// Names the unit defines, anywhere, and those that are not operands.
	skip := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						known[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				known[id.Name] = true
			}
		case *ast.TypeSpec:
			known[n.Name.Name] = true
		case *ast.FuncDecl:
			known[n.Name.Name] = true
			skip[n.Name] = true
		case *ast.Field:
			for _, id := range n.Names {
				known[id.Name] = true
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if id, ok := x.(*ast.Ident); ok {
					known[id.Name] = true
				}
			}
		case *ast.SelectorExpr:
			skip[n.Sel] = true
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				skip[id] = true // perhaps a field name
			}
		case *ast.BranchStmt:
			if n.Label != nil {
				skip[n.Label] = true
			}
		case *ast.LabeledStmt:
			skip[n.Label] = true
		case *ast.File:
			skip[n.Name] = true
		}
		return true
	})
	var found *ast.Ident
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && found == nil && !skip[id] && !known[id.Name] {
			found = id
		}
		return found == nil
	})
	if found == nil {
		return "", false
	}
	p := fset.Position(found.Pos())
	return fmt.Sprintf("%d:%d: undefined: %s", p.Line, p.Column, found.Name), true
}

// trackLines precedes each top-level statement with a call recording its
// virtual line (runtime.setLine), for the traceback of a panic (yaegi
// prints no position for the cell's own frame) and the deadlock report,
// which reads it from another goroutine.
func trackLines(fset *token.FileSet, list []ast.Stmt) []ast.Stmt {
	out := make([]ast.Stmt, 0, 2*len(list))
	for _, st := range list {
		if st.Pos().IsValid() {
			line := fset.Position(st.Pos()).Line
			out = append(out, &ast.ExprStmt{X: rtCall("Line", &ast.BasicLit{Kind: token.INT, Value: strconv.Itoa(line)})})
		}
		out = append(out, st)
	}
	return out
}

// showStmt wraps a cell's final expression so that its value is shown.
func showStmt(x ast.Expr, show int) ast.Stmt {
	if show == showMulti || show == showOne && literalOnly(x) {
		// A constant made of literals has a predeclared type, without
		// methods: its text is made by Show (formatValue), and the
		// interpreted fmt.Sprintf would be compiled and run for nothing.
		return &ast.ExprStmt{X: rtCall("Show", x)}
	}
	v := ident("__v")
	text := &ast.CallExpr{
		Fun:  &ast.SelectorExpr{X: ident("fmt"), Sel: ident("Sprintf")},
		Args: []ast.Expr{&ast.BasicLit{Kind: token.STRING, Value: `"%+v"`}, v},
	}
	return &ast.BlockStmt{List: []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{v}, Tok: token.DEFINE, Rhs: []ast.Expr{x}},
		&ast.ExprStmt{X: rtCall("Show1", ident("__v"), text)},
	}}
}

// literalOnly reports whether x is made of basic literals and operators
// only (1, 2.5 * 3, "a" + "b", 1 < 2): a constant of a predeclared type.
func literalOnly(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return literalOnly(x.X)
	case *ast.UnaryExpr:
		return x.Op != token.AND && x.Op != token.ARROW && literalOnly(x.X)
	case *ast.BinaryExpr:
		return literalOnly(x.X) && literalOnly(x.Y)
	}
	return false
}

var printCall = regexp.MustCompile(`^\s*fmt\s*\.\s*(Print|Println|Printf|Fprint|Fprintln|Fprintf)\s*\(`)

// isCall reports whether an expression statement is a call (or a
// conversion, which cannot be told apart without types).
func isCall(text string) bool {
	x, err := parser.ParseExpr(strings.TrimRight(strings.TrimSpace(text), ";"))
	if err != nil {
		return true
	}
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			break
		}
		x = p.X
	}
	_, ok := x.(*ast.CallExpr)
	return ok
}

// isPrintCall reports whether a final expression is a fmt print call, whose
// (n, err) results nobody wants to see.
func isPrintCall(text string) bool { return printCall.MatchString(text) }

// procRecv returns a test for the globals that are process pools.
func (s *Session) procRecv() func(string) int {
	return func(name string) int {
		v := s.globalBefore(name)
		if !v.IsValid() {
			return 0
		}
		t := v.Type()
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if strings.HasSuffix(t.PkgPath(), "lib/multiprocessing") || t.Name() == "ProcessPoolExecutor" {
			return 1
		}
		return -1
	}
}

// userFunc reports whether a cell declared a func of that name.
func (s *Session) userFunc(name string) bool { return s.declKind(name) == "func" }

// declKind returns the kind of the latest declaration of name by a cell
// ("const", "var", "func" or "type"), or "".
func (s *Session) declKind(name string) string {
	s.declMu.Lock()
	defer s.declMu.Unlock()
	for i := len(s.decls) - 1; i >= 0; i-- {
		d := s.decls[i]
		if d.kind == "import" || d.kind == "method" {
			continue
		}
		for _, n := range d.names {
			if n == name {
				return d.kind
			}
		}
	}
	return ""
}

// isPackage returns a test for the names of the packages usable in cells.
func (s *Session) isPackage() func(string) bool {
	var names map[string]string
	return func(name string) bool {
		if names == nil {
			names = s.packageNames()
		}
		_, ok := names[name]
		return ok
	}
}

// compile compiles n, turning a compiler panic into an error.
func (s *Session) compile(n ast.Node) (prog *interp.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = compilePanic(r)
		}
	}()
	return s.i.CompileAST(n)
}

// importKey identifies an import spec by name and path.
func importKey(spec *ast.ImportSpec) string {
	name := ""
	if spec.Name != nil {
		name = spec.Name.Name
	}
	return name + " " + spec.Path.Value
}

// redeclaredImport matches yaegi's error for an import it already has.
var redeclaredImport = regexp.MustCompile(`(\S+)/_\.go redeclared in this block`)

// forgiveImport handles err when it says that a package of f was imported
// already: a cell that failed to compile after yaegi had taken its imports
// (an import of a missing package next to "time", say) leaves them known to
// yaegi but not recorded here. It records and drops that import from f and
// reports whether f should be compiled again.
func (s *Session) forgiveImport(f *ast.File, err error) bool {
	m := redeclaredImport.FindStringSubmatch(err.Error())
	if m == nil {
		return false
	}
	var match []*ast.ImportSpec
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		for _, sp := range g.Specs {
			spec := sp.(*ast.ImportSpec)
			name := pathImportName(strings.Trim(spec.Path.Value, "\""))
			if spec.Name != nil {
				name = spec.Name.Name
			}
			if name == m[1] {
				match = append(match, spec)
			}
		}
	}
	// Two imports of the cell under one name are the user's own conflict.
	if len(match) != 1 {
		return false
	}
	s.imports[importKey(match[0])] = true
	s.dropSeenImports(f)
	return true
}

// dropSeenImports removes the import specs that an earlier cell already
// compiled: yaegi rejects a repeated import (notes §1).
func (s *Session) dropSeenImports(f *ast.File) {
	var decls []ast.Decl
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			decls = append(decls, d)
			continue
		}
		var specs []ast.Spec
		for _, sp := range g.Specs {
			if !s.imports[importKey(sp.(*ast.ImportSpec))] {
				specs = append(specs, sp)
			}
		}
		if len(specs) > 0 {
			g.Specs = specs
			decls = append(decls, g)
		}
	}
	f.Decls = decls
	f.Imports = nil
}

// isMP returns whether a package name refers to lib/multiprocessing: its
// own name (every library package is usable without an import) or the
// name it was imported under.
func (s *Session) isMP() func(string) bool { return s.isLib("multiprocessing") }

// isLib returns whether a package name refers to the library package
// lib/<pkg>, as isMP does for multiprocessing.
func (s *Session) isLib(pkg string) func(string) bool {
	names := map[string]bool{pkg: true}
	path := `"github.com/gonotes/gonotes/lib/` + pkg + `"`
	for k := range s.imports {
		if name, p, _ := strings.Cut(k, " "); p == path && name != "" && name != "_" && name != "." {
			names[name] = true
		}
	}
	return func(name string) bool { return names[name] }
}

func (s *Session) recordImports(f *ast.File) {
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			for _, sp := range g.Specs {
				s.imports[importKey(sp.(*ast.ImportSpec))] = true
			}
		}
	}
}

// exec runs one compiled unit.
func (s *Session) exec(ctx context.Context, run *cellRun, u *unit, base int) error {
	if u.prog == nil {
		return nil
	}
	_, err := s.i.ExecuteWithContext(ctx, u.prog)
	if err == nil {
		return nil
	}
	if errors.Is(err, context.DeadlineExceeded) && !run.hardStop.Load() {
		return &Error{Name: "TimeoutError", Value: "the cell ran longer than its time limit",
			Trace: []string{red + "TimeoutError" + reset + ": the cell ran longer than its time limit", hardStopWarning}}
	}
	if run.hardStop.Load() || errors.Is(err, context.Canceled) {
		return s.interruptError(nil, run.hardStop.Load())
	}
	if errors.Is(err, interp.ErrGoexit) {
		return s.goexitError(ctx, run)
	}
	var p interp.Panic
	if errors.As(err, &p) {
		return s.panicError(p, run.scope)
	}
	return s.compileError(err.Error(), base)
}

// goexitError is the error of a cell whose statements called
// runtime.Goexit, in the goroutine playing main's: as in Go, the rest of
// the cell does not run, the goroutines started by its go statements run
// on until they end, and then the program ends with "fatal error: no
// goroutines (main called runtime.Goexit) - deadlock!" (the cell's error;
// the session goes on). An interrupt ends the wait.
func (s *Session) goexitError(ctx context.Context, run *cellRun) error {
	const msg = "no goroutines (main called runtime.Goexit) - deadlock!"
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		s.rt.liveMu.Lock()
		n := s.rt.live[run.scope]
		s.rt.liveMu.Unlock()
		if n <= 0 {
			return &Error{Name: "fatal error", Value: msg, Trace: []string{red + "fatal error" + reset + ": " + msg}}
		}
		select {
		case <-ctx.Done():
			return s.interruptError(nil, run.hardStop.Load())
		case <-run.scope.Done():
			return s.interruptError(nil, run.hardStop.Load())
		case <-t.C:
		}
	}
}

// runtimeMessages turns the reflect panics that yaegi lets through into
// the messages of Go's runtime.
var runtimeMessages = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`^reflect: (slice|array|string) index out of range$`), "runtime error: index out of range"},
	{regexp.MustCompile(`^reflect\.Value\.Slice3?: .*out of (range|bounds)$`), "runtime error: slice bounds out of range"},
	{regexp.MustCompile(`^reflect: call of reflect\.Value\.\w+ on zero Value$`), "runtime error: invalid memory address or nil pointer dereference"},
	{regexp.MustCompile(`^reflect: Method on nil interface value$`), "runtime error: invalid memory address or nil pointer dereference"},
	{regexp.MustCompile(`^reflect\.Value\.Call: call of nil function$`), "runtime error: invalid memory address or nil pointer dereference"},
	{regexp.MustCompile(`^reflect: call of reflect\.Value\.\w+ on ptr to nil`), "runtime error: invalid memory address or nil pointer dereference"},
	{regexp.MustCompile(`^(?:_\.go:)?\d+:\d+: (interface conversion: .*)$`), "$1"},
}

// panicMessage returns the message of the panic value v, in Go's runtime
// words (runtimeMessages) unless v is a reflect.ValueError of a reflect
// method the program called itself (reflect.Value{}.Call(nil)), whose
// words are reflect's in Go too.
func panicMessage(v any) string {
	if interp.ProgramValueError(v) {
		return panicString(v)
	}
	return runtimeMessage(panicString(v))
}

// panicChainMessage is panicMessage of v after the panics that v followed
// (a deferred call panicked while they unwound the stack), as Go's runtime
// prints them (printpanics): "first [recovered]\n\tpanic: second"; a
// panic whose value is the one before it again is not printed, the one
// before it says " [recovered, repanicked]" (Go 1.25) if it was recovered.
// repanic is true when v was recovered and panicked again by code of the
// standard library that the kernel replaces (sync.WaitGroup.Go).
func (s *Session) panicChainMessage(v any, repanic bool) string {
	var links []interp.PanicLink
	if s.i != nil {
		links = s.i.PanicChain(v)
	}
	if repanic {
		links = append(links, interp.PanicLink{Value: v, Recovered: true})
	}
	if len(links) == 0 {
		return indentPanic(panicMessage(v))
	}
	all := append(links, interp.PanicLink{Value: v})
	var b strings.Builder
	for i, l := range all {
		if i > 0 && interp.SamePanicValue(all[i-1].Value, l.Value) {
			continue // the one before it said it
		}
		if i > 0 {
			b.WriteString("\n\tpanic: ")
		}
		b.WriteString(indentPanic(panicMessage(l.Value)))
		switch again := i+1 < len(all) && interp.SamePanicValue(l.Value, all[i+1].Value); {
		case l.Recovered && again:
			b.WriteString(" [recovered, repanicked]")
		case l.Recovered:
			b.WriteString(" [recovered]")
		}
	}
	return b.String()
}

// indentPanic indents the lines of a panic message after its first with a
// tab, as Go's runtime prints them (printindented): an errors.Join of two
// errors is "a\n\tb".
func indentPanic(msg string) string {
	return strings.ReplaceAll(msg, "\n", "\n\t")
}

// runtimeMessage returns msg in Go's runtime words (runtimeMessages).
func runtimeMessage(msg string) string {
	for _, m := range runtimeMessages {
		if m.re.MatchString(msg) {
			return m.re.ReplaceAllString(msg, m.repl)
		}
	}
	return msg
}

var innerPos = regexp.MustCompile(`(?:_\.go:)?\d+:\d+: `)

// compilePanic turns a yaegi compiler panic into an error: its innermost
// positioned message if it has one.
func compilePanic(r any) error {
	msg := fmt.Sprint(r)
	if locs := innerPos.FindAllStringIndex(msg, -1); len(locs) > 0 {
		msg = msg[locs[len(locs)-1][0]:]
		msg = strings.Replace(msg, "incomplete type ", "undefined: ", 1)
		return errors.New(msg)
	}
	return fmt.Errorf("the interpreter failed on this cell (%s); moving the code into a func often helps", msg)
}

var goroutineRe = regexp.MustCompile(`^goroutine (\d+) `)

// panicError reports a panic that ended a cell.
func (s *Session) panicError(p interp.Panic, scope *hook.Scope) *Error {
	var trace []string
	if m := goroutineRe.FindSubmatch(p.Stack); m != nil {
		id, _ := strconv.ParseInt(string(m[1]), 10, 64)
		trace = s.panics.take(id)
	}
	lines := s.traceLines(trace, scope.ID)
	switch v := p.Value.(type) {
	case exitPanic:
		return &Error{Name: "SystemExit", Code: v.code,
			Value: fmt.Sprintf("%v called: the cell stopped; the kernel and your variables are kept", v),
			Trace: []string{red + "SystemExit" + reset + ": " + fmt.Sprintf("%v called: the cell stopped; the kernel and your variables are kept", v)}}
	case fatalPanic, isync.Fatal:
		msg, _ := fatalMessage(v)
		e := &Error{Name: "fatal error", Value: msg, Trace: []string{red + "fatal error" + reset + ": " + msg}}
		if len(lines) > 0 {
			e.Trace = append(e.Trace, "")
			e.Trace = append(e.Trace, lines...)
		}
		return e
	}
	if hook.IsInterrupt(p.Value) {
		e := s.interruptError(lines, false)
		return e
	}
	msg := s.panicChainMessage(p.Value, false)
	e := &Error{Name: "panic", Value: msg, Trace: []string{red + "panic: " + msg + reset}}
	if l := s.rt.line.Load(); l > 0 {
		// The top-level statement that was running: yaegi gives no position
		// for the cell's own frame.
		if cl, _, ok := s.lines.position(fmt.Sprintf("%d:1", l), -1); ok {
			cl.cur = cl.r.cell == scope.ID
			where := fmt.Sprintf("%s%d", cl.prefix(), cl.line)
			if cl.cur {
				where = fmt.Sprintf("line %d", cl.line)
			}
			lines = append(lines, "    at "+where+" in cell")
			if t := strings.TrimSpace(cl.text()); t != "" {
				lines = append(lines, "        "+t)
			}
		}
	}
	if len(lines) > 0 {
		e.Trace = append(e.Trace, "")
		e.Trace = append(e.Trace, lines...)
	}
	return e
}

// goPanicStop ends the running cell if its scope is sc, because a
// goroutine it started panicked with r (trace: its traceback lines): in Go
// the program would end there, so the cell stops (as by an interrupt) and
// ends with that panic as its error, while the kernel and the variables
// live on. It reports whether it did; if not (the cell that started the
// goroutine has ended), the caller reports the panic on stderr. repanic:
// see panicChainMessage.
func (s *Session) goPanicStop(sc *hook.Scope, r any, repanic bool, trace []string) bool {
	run := s.running.Load()
	if sc == nil || run == nil || run.scope != sc {
		return false
	}
	msg := s.panicChainMessage(r, repanic)
	e := &Error{Name: "panic", Value: msg, Trace: []string{red + "panic: " + msg + reset,
		"(in a goroutine: a Go program would end here; the cell was stopped, the kernel and your variables are kept)"}}
	if fm, ok := fatalMessage(r); ok {
		e.Name, e.Value = "fatal error", fm
		e.Trace[0] = red + "fatal error" + reset + ": " + fm
	}
	if len(trace) > 0 {
		e.Trace = append(e.Trace, "")
		e.Trace = append(e.Trace, trace...)
	}
	if !run.goPanic.CompareAndSwap(nil, e) {
		return true // another goroutine panicked first
	}
	run.gate.end()
	run.endsProgram.Store(true)
	s.Interrupt()
	return true
}

// goExitStop stops the running cell when a goroutine of its scope sc
// calls os.Exit (or log.Fatal): Go ends the program there, whatever its
// main goroutine does (blocked, or waiting for its goroutines after
// runtime.Goexit), so the cell ends with the SystemExit a call in its own
// statements gives. It reports whether it did; a goroutine of a cell that
// has ended has no program to end (the caller reports the call). Of two
// goroutines that end the cell, the first wins.
func (s *Session) goExitStop(sc *hook.Scope, e exitPanic) bool {
	run := s.running.Load()
	if sc == nil || run == nil || run.scope != sc {
		return false
	}
	msg := fmt.Sprintf("%v called in a goroutine: the cell stopped; the kernel and your variables are kept", e)
	err := &Error{Name: "SystemExit", Code: e.code, Value: msg, Trace: []string{red + "SystemExit" + reset + ": " + msg}}
	if run.goPanic.CompareAndSwap(nil, err) {
		run.gate.end()
		run.endsProgram.Store(true)
		s.Interrupt()
	}
	return true
}

// interruptError reports an interrupted cell.
func (s *Session) interruptError(lines []string, hard bool) *Error {
	e := &Error{Name: "KeyboardInterrupt", Value: "interrupted", Trace: []string{red + "KeyboardInterrupt" + reset}}
	e.Trace = append(e.Trace, lines...)
	if hard {
		e.Value = "interrupted (the interpreter was stopped)"
		e.Trace = append(e.Trace, hardStopWarning)
	}
	return e
}

const hardStopWarning = "(The cell was blocked where the kernel cannot reach it, e.g. a channel operation," +
	" so it was stopped the hard way: goroutines this cell started were stopped too, and a call blocked in" +
	" compiled code may stay blocked in the background. Variables, funcs and goroutines of earlier cells are kept.)"

// Interrupt stops the running cell: its scope is interrupted (library waits
// and the loop checks panic with hook.KeyboardInterrupt), and if the cell is
// still running after Options.HardStopDelay, the interpreter is stopped.
func (s *Session) Interrupt() {
	run := s.running.Load()
	if run == nil {
		return
	}
	run.interrupt.Do(func() {
		run.scope.Interrupt()
		s.intrEpoch.Add(1)
		s.setFlag(1)
		goEngine(func() {
			t := time.NewTimer(s.opts.HardStopDelay)
			defer t.Stop()
			select {
			case <-run.done:
			case <-t.C:
				run.hardStop.Store(true)
				if run.endsProgram.Load() {
					s.i.StopSkipsDeferred()
				}
				run.cancel()
			}
		})
	})
}

// flag returns the address of the interpreted interrupt flag. Loops of
// cells and goroutines read it while Interrupt and clearFlag set it: it is
// written atomically, and the interpreter's fused loop checks load it
// atomically.
func (s *Session) flag() *int32 { return (*int32)(s.intr.Addr().UnsafePointer()) }

func (s *Session) setFlag(v int32) { atomic.StoreInt32(s.flag(), v) }

// clearFlag clears the interrupt flag after an interrupted cell ended, so
// that loops stop paying for the check. Goroutines that the interrupted cell
// started get up to flagLinger to reach a loop check and stop too.
func (s *Session) clearFlag() {
	if atomic.LoadInt32(s.flag()) == 0 {
		return
	}
	epoch := s.intrEpoch.Load()
	if !s.rt.interruptedAlive() {
		s.setFlag(0)
		return
	}
	goEngine(func() {
		deadline := time.Now().Add(flagLinger)
		for time.Now().Before(deadline) && s.rt.interruptedAlive() {
			time.Sleep(5 * time.Millisecond)
		}
		if s.intrEpoch.Load() == epoch && s.running.Load() == nil {
			s.setFlag(0)
		}
	})
}

const flagLinger = time.Second

// Shutdown releases the session. Goroutines started by cells are not
// stopped (Go cannot kill goroutines); the process is expected to exit.
func (s *Session) Shutdown() {
	if s.closed.Swap(true) {
		return
	}
	s.Interrupt()
	multiprocessing.Shutdown()
	s.mods.close()
}

// globalBefore returns the global variable or constant name as it was
// when the running cell started compiling (see prepare), or the current
// one.
func (s *Session) globalBefore(name string) reflect.Value {
	if m := s.globalMark; m != nil {
		v, _ := s.i.MarkedGlobal(*m, name)
		return v
	}
	return s.globals()[name]
}

// globals returns the interpreter's global variables and constants, or an
// empty map while they cannot be read (yaegi's Globals panics between the
// compilation of a new global and the run that allocates it).
func (s *Session) globals() (g map[string]reflect.Value) {
	defer func() {
		if recover() != nil {
			g = map[string]reflect.Value{}
		}
	}()
	return s.i.Globals()
}

// enterBeforeVarInits makes the goroutine that initialises the package
// variables of declarations f the cell's main goroutine, as Enter does for
// statements: `var _ = <rt>.EnterInit()` before the first variable with a
// value (Go initialises variables in declaration order, after what they
// depend on), so that threading.GetIdent() or CurrentThread() in an
// initialiser is the main thread's, as module-level code in Python.
func enterBeforeVarInits(f *ast.File) {
	for i, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, sp := range g.Specs {
			if vs, ok := sp.(*ast.ValueSpec); ok && len(vs.Values) > 0 {
				enter := &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{
					Names: []*ast.Ident{ident("_")}, Values: []ast.Expr{rtCall("EnterInit")}}}}
				f.Decls = append(f.Decls[:i:i], append([]ast.Decl{enter}, f.Decls[i:]...)...)
				return
			}
		}
	}
}
