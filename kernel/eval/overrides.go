package eval

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"reflect"
	"sync"
	"testing"
	"time"

	ilog "github.com/gonotes/gonotes/kernel/eval/internal/log"
	isync "github.com/gonotes/gonotes/kernel/eval/internal/sync"
	"github.com/gonotes/gonotes/lib/hook"
	"github.com/traefik/yaegi/interp"
)

// overrides replaces standard library symbols whose compiled behaviour would
// hurt a notebook:
//   - os.Exit, log.Fatal* and the Fatal* methods of a log.Logger end the
//     cell (SystemExit), not the kernel (see Logger);
//   - time.Sleep, sync.WaitGroup and sync.Mutex wait interruptibly (the
//     replacements of package sync are in internal/sync);
//   - the log package's standard logger starts as a program's does,
//     writing to the running cell's stderr (resetStdLog);
//   - os/exec is added (yaegi's restricted stdlib lacks it, and its
//     unrestricted table would bring back the real os.Exit);
//   - the time and context functions that make timers record them in
//     timers, the session's (deadlock.go);
//   - callbacks that compiled code runs in goroutines of its own
//     (time.AfterFunc, context.AfterFunc, runtime.SetFinalizer,
//     runtime.AddCleanup) belong to
//     the cell that made them: their output goes to it, and a panic is
//     reported as one of a goroutine of that cell, instead of ending the
//     interpreter.
func overrides(timers *timerWatch) interp.Exports {
	// The log package's standard logger itself, which slog's default
	// handler writes through and slog.SetDefault redirects: a cell's
	// log.SetOutput or log.SetFlags applies to slog.Info as in Go.
	l := resetStdLog()
	def := ilog.Wrap(l)
	lg := map[string]reflect.Value{
		"Flags":     reflect.ValueOf(l.Flags),
		"Prefix":    reflect.ValueOf(l.Prefix),
		"SetFlags":  reflect.ValueOf(l.SetFlags),
		"SetOutput": reflect.ValueOf(l.SetOutput),
		"SetPrefix": reflect.ValueOf(l.SetPrefix),
		"Writer":    reflect.ValueOf(l.Writer),
		"Default":   reflect.ValueOf(func() *Logger { return def }),
		"New":       reflect.ValueOf(ilog.New),
		"Logger":    reflect.ValueOf((*Logger)(nil)),
	}
	// The functions that write an entry are the standard Logger's
	// methods: called from a cell, they are given its stack (callers.go).
	for name, f := range ilog.Funcs(def) {
		lg[name] = reflect.ValueOf(f)
	}
	// Values with String methods are formatted by them (see yaegi MapTypes).
	mt := []reflect.Type{
		reflect.TypeOf((*fmt.Formatter)(nil)).Elem(),
		reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
	}
	maps := map[reflect.Value][]reflect.Type{}
	for _, name := range []string{"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Print", "Printf", "Println"} {
		maps[lg[name]] = mt
	}
	// And the methods of a *log.Logger (log.New): their mapTypes are
	// found by the code of the method expressions (lg.Println(p) of a
	// defined pointer type whose pointee has a String method printed
	// its fields).
	for _, m := range []any{(*Logger).Fatal, (*Logger).Fatalf, (*Logger).Fatalln, (*Logger).Panic, (*Logger).Panicf, (*Logger).Panicln, (*Logger).Print, (*Logger).Printf, (*Logger).Println} {
		maps[reflect.ValueOf(m)] = mt
	}
	return interp.Exports{
		// slog's handlers read the source of a record (AddSource) with
		// runtime.Callers in compiled code, which sees the interpreter's
		// frames: refused rather than naming reflect's value.go.
		"log/slog/slog": {
			"NewTextHandler": reflect.ValueOf(func(w io.Writer, opts *slog.HandlerOptions) *slog.TextHandler {
				noAddSource(opts)
				return slog.NewTextHandler(w, opts)
			}),
			"NewJSONHandler": reflect.ValueOf(func(w io.Writer, opts *slog.HandlerOptions) *slog.JSONHandler {
				noAddSource(opts)
				return slog.NewJSONHandler(w, opts)
			}),
		},
		"os/os": {
			"Exit": reflect.ValueOf(func(code int) { panic(exitPanic{code}) }),
		},
		"log/log": lg,
		"time/time": {
			"Sleep":     reflect.ValueOf(sleep),
			"After":     reflect.ValueOf(timers.after),
			"NewTimer":  reflect.ValueOf(timers.newTimer),
			"NewTicker": reflect.ValueOf(timers.newTicker),
			"Tick":      reflect.ValueOf(timers.tick),
			"AfterFunc": reflect.ValueOf(timers.afterFunc),
		},
		"runtime/runtime": runtimeSymbols(timers),
		// runtime.AddCleanup (stdlib/generic/src/runtime).
		"github.com/traefik/yaegi/stdlib/generic/support/support": {
			"AddCleanup": reflect.ValueOf(timers.addCleanup),
		},
		"context/context": {
			"AfterFunc":         reflect.ValueOf(timers.contextAfterFunc),
			"WithTimeout":       reflect.ValueOf(timers.withTimeout),
			"WithDeadline":      reflect.ValueOf(timers.withDeadline),
			"WithTimeoutCause":  reflect.ValueOf(timers.withTimeoutCause),
			"WithDeadlineCause": reflect.ValueOf(timers.withDeadlineCause),
		},
		"sync/sync": {
			"WaitGroup": reflect.ValueOf((*isync.WaitGroup)(nil)),
			"Mutex":     reflect.ValueOf((*isync.Mutex)(nil)),
			"RWMutex":   reflect.ValueOf((*isync.RWMutex)(nil)),
			"Cond":      reflect.ValueOf((*isync.Cond)(nil)),
			"NewCond":   reflect.ValueOf(isync.NewCond),
		},
		// Compiled functions that would call the real os.Exit, which ends
		// the kernel's process (found by TestGoRootPrograms).
		"flag/flag": {
			"NewFlagSet": reflect.ValueOf(newFlagSet),
		},
		// Compiled functions that write to the process's os.Stdout, which
		// is not the cell's when no capture of the file descriptors runs
		// (and, with one, comes after the cell's own writes).
		"go/ast/ast": {
			"Print": reflect.ValueOf(astPrint),
		},
		"testing/testing": {
			"Main": reflect.ValueOf(testingMain),
		},
		"os/exec/exec": {
			"Command":        reflect.ValueOf(exec.Command),
			"CommandContext": reflect.ValueOf(exec.CommandContext),
			"LookPath":       reflect.ValueOf(exec.LookPath),
			"ErrDot":         reflect.ValueOf(&exec.ErrDot).Elem(),
			"ErrNotFound":    reflect.ValueOf(&exec.ErrNotFound).Elem(),
			"ErrWaitDelay":   reflect.ValueOf(&exec.ErrWaitDelay).Elem(),
			"Cmd":            reflect.ValueOf((*exec.Cmd)(nil)),
			"Error":          reflect.ValueOf((*exec.Error)(nil)),
			"ExitError":      reflect.ValueOf((*exec.ExitError)(nil)),
		},
		".": {"MapTypes": reflect.ValueOf(maps)},
	}
}

// noAddSource refuses slog.HandlerOptions.AddSource (see overrides).
func noAddSource(opts *slog.HandlerOptions) {
	if opts != nil && opts.AddSource {
		panic(errors.New("slog.HandlerOptions.AddSource is not supported in a cell: the handler reads the caller with runtime.Callers in compiled code, which does not see the cell's frames"))
	}
}

// runtimeSymbols are the runtime's replaced symbols: the callers of a cell
// (callers.go), and functions that would end the process or run in it.
func runtimeSymbols(timers *timerWatch) map[string]reflect.Value {
	m := callerSymbols()
	m["SetFinalizer"] = reflect.ValueOf(timers.setFinalizer)
	// runtime.Breakpoint's trap would end the kernel's process.
	m["Breakpoint"] = reflect.ValueOf(func() { panic(fatalPanic{"runtime.Breakpoint: SIGTRAP: trace trap"}) })
	return m
}

// newFlagSet is flag.NewFlagSet for cells: a FlagSet made with
// flag.ExitOnError would call the real os.Exit on a bad argument (after
// printing the error and the usage), ending the kernel's process; it
// panics with the error instead (flag.PanicOnError), and its Parse called
// in a cell (exitingParse, bound by stackBinder) turns that panic into the
// end of the cell as os.Exit(2) (os.Exit(0) for -h or -help), as Go's
// exits the program; a method value (parse := fs.Parse) is bound so too
// (yaegi methodValueBind).
//
// Its output (usage and errors) is the cell's os.Stderr, as in a program
// the process's: the flag package's default is the process's os.Stderr,
// which is not the cell's.
func newFlagSet(name string, h flag.ErrorHandling) *flag.FlagSet {
	exiting := h == flag.ExitOnError
	if exiting {
		h = flag.PanicOnError
	}
	fs := flag.NewFlagSet(name, h)
	fs.SetOutput(hook.Stderr())
	if exiting {
		exitingFlagSets.Store(fs, true)
	}
	return fs
}

// exitingFlagSets holds the FlagSets a cell made with flag.ExitOnError
// (newFlagSet, flagSetInit), which panic instead (flag.PanicOnError).
var exitingFlagSets sync.Map

// exitingParse returns (*flag.FlagSet).Parse of fs for a call in a cell:
// when fs was made with flag.ExitOnError, a bad argument (after flag has
// printed the error and the usage) ends the cell as os.Exit(2), and -h or
// -help as os.Exit(0), as Go's ExitOnError exits the program.
func exitingParse(fs *flag.FlagSet, parse reflect.Value) reflect.Value {
	cellOutput(fs)
	if _, ok := exitingFlagSets.Load(fs); !ok || fs.ErrorHandling() != flag.PanicOnError {
		return parse
	}
	return reflect.ValueOf(func(args []string) (err error) {
		defer func() {
			fs.Init(fs.Name(), flag.PanicOnError)
			if r := recover(); r != nil {
				if e, ok := r.(error); ok && e == err {
					if errors.Is(e, flag.ErrHelp) {
						panic(exitPanic{0})
					}
					panic(exitPanic{2})
				}
				panic(r)
			}
		}()
		// flag's own panic is the error Parse would return: with
		// ContinueOnError for the call, the error is returned, then
		// panicked with as PanicOnError does (a panic of a flag.Value's
		// Set, another value, goes on as it is).
		fs.Init(fs.Name(), flag.ContinueOnError)
		if err = fs.Parse(args); err != nil {
			panic(err)
		}
		return nil
	})
}

// cellOutput gives fs, a FlagSet the cell did not make with
// flag.NewFlagSet (a zero flag.FlagSet), the cell's os.Stderr as its
// output, as newFlagSet does: flag's default is the process's os.Stderr.
func cellOutput(fs *flag.FlagSet) {
	if fs.Output() == os.Stderr {
		fs.SetOutput(hook.Stderr())
	}
}

// flagSetInit returns (*flag.FlagSet).Init of fs for a call in a cell:
// flag.ExitOnError makes fs panic instead, as newFlagSet does.
func flagSetInit(fs *flag.FlagSet, init reflect.Value) reflect.Value {
	return reflect.ValueOf(func(name string, h flag.ErrorHandling) {
		cellOutput(fs)
		if h == flag.ExitOnError {
			fs.Init(name, flag.PanicOnError)
			exitingFlagSets.Store(fs, true)
			return
		}
		exitingFlagSets.Delete(fs)
		fs.Init(name, h)
	})
}

// astPrint is ast.Print for cells: it prints to the cell's os.Stdout.
func astPrint(fset *token.FileSet, x any) error {
	return ast.Fprint(hook.Stdout(), fset, x, ast.NotNilFilter)
}

// testingMain is testing.Main for cells: it runs the tests, examples and
// benchmarks as testing.Main does and prints PASS or FAIL, then ends the
// cell as os.Exit(0) or os.Exit(1) would (exitPanic), where testing.Main
// would end the kernel's process with the real os.Exit.
func testingMain(match func(pat, str string) (bool, error), tests []testing.InternalTest, benchmarks []testing.InternalBenchmark, examples []testing.InternalExample) {
	testing.Init() // the testing flags (only the first call registers them)
	// A cell has no command line: no -test.run or -test.skip pattern (in a
	// test binary, its own would apply).
	for _, name := range []string{"test.run", "test.skip"} {
		if f := flag.Lookup(name); f != nil {
			old := f.Value.String()
			f.Value.Set("")
			defer f.Value.Set(old)
		}
	}
	ok := testing.RunTests(match, tests)
	if !testing.RunExamples(match, examples) {
		ok = false
	}
	testing.RunBenchmarks(match, benchmarks)
	if !ok {
		fmt.Println("FAIL")
		panic(exitPanic{1})
	}
	fmt.Println("PASS")
	panic(exitPanic{0})
}

// interrupted panics with hook.KeyboardInterrupt.
func interrupted() { panic(hook.KeyboardInterrupt) }

// sleep is time.Sleep for cells: an interrupt of the caller's cell ends it.
// A timeline that records sees the sleep (hook.TraceSleep).
func sleep(d time.Duration) {
	if d > 0 {
		defer hook.TraceSleep(d)()
	}
	done := hook.Current().Done()
	if d <= 0 || done == nil {
		time.Sleep(d)
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-done:
		interrupted()
	}
}

// block blocks forever (select {} in a cell), until the cell is interrupted.
func block() {
	<-hook.Current().Done()
	interrupted()
}

func init() {
	// A panic in a goroutine of WaitGroup.Go stops its cell, or is
	// reported on its stderr.
	isync.GoPanic = func(s *hook.Scope, r any) {
		defer func() {
			for _, ss := range liveSessions() {
				ss.gateRelease()
			}
		}()
		if goPanicStopAny(s, r, true, nil) { // sync.WaitGroup.Go recovers a panic and panics again
			return
		}
		var w io.Writer = hook.Stderr()
		fmt.Fprintf(w, "panic in goroutine: %s [recovered, repanicked]\n", panicMessage(r))
	}
}
