package eval

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	goruntime "runtime"
	"strings"
	"sync"

	ilog "github.com/gonotes/gonotes/kernel/eval/internal/log"
	"github.com/traefik/yaegi/interp"
)

// A cell's callers (runtime.Caller, runtime.Callers, runtime.FuncForPC,
// runtime.CallersFrames, and the log package's Lshortfile and Llongfile
// flags, which call runtime.Caller inside compiled code).
//
// Compiled code called by a cell sees only the interpreter's own Go
// frames. The interpreter keeps, for each interpreted call, the caller's
// frame and the call's node (yaegi's callers.go); a call of one of the
// functions or methods below is given that stack (interp.StackBinder) and
// computes the callers' positions from it, only when it is called. The
// positions are those of the cells: file "cell[N]" (the name panics and
// errors give a cell), line within the cell, and the funcs named as Go
// names them ("main.f", "main.(*T).M", "main.main.func1"); a cell's
// top-level statements are in main.main, as main's body is in a program.
// Below main.main come runtime.main and runtime.goexit, below a
// goroutine's func runtime.goexit, as in Go.
//
// What the interpreter cannot tell fails with errCallerUnknown instead of
// naming a wrong place: a call of these functions through a func value
// (f := runtime.Caller), and the caller of a func that compiled code
// called (a callback given to sort.Slice, a deferred func literal), whose
// Go caller is compiled code. The log functions and methods called
// through a func value fail only when the logger's flags ask for the file.

// errCallerUnknown is the panic of a caller the interpreter cannot tell.
var errCallerUnknown = errors.New("runtime.Caller in a cell: the caller is unknown (a call through a func value, or a frame below a func that compiled code called, such as a callback or a deferred func literal); call runtime.Caller, runtime.Callers or the log function directly")

// callerFrame is an interpreted call as the runtime reports it.
type callerFrame struct {
	file string
	line int
	fn   string
	// tail: the frame is below main.main or a goroutine's func (the
	// runtime's), and the walk ended there as Go's does.
	tail bool
}

// callers returns the calls of st, innermost first, as the program sees
// them, ending with the runtime's frames below main.main (runtime.main,
// runtime.goexit) or below a goroutine's func (runtime.goexit); complete
// is false when the interpreter does not know the callers of the last one.
func (s *Session) callers(st interp.Stack) (fr []callerFrame, complete bool) {
	frames, end := st.Frames()
	if n := len(frames); end == interp.EndUnknown && n > 1 && frames[n-1].Generated {
		// The call in a literal that the cell's rewriter added and that
		// compiled code called: the goroutine of a go statement
		// (rewrite.go goStmt) starts with it.
		frames, end = frames[:n-1], interp.EndGoroutine
	}
	for i, c := range frames {
		if c.Pos.Line == 0 && i > 0 {
			continue // a call the rewriter added (wrapCompound's)
		}
		fn := strings.ReplaceAll(c.Func, mainRename, "main")
		if fn == "" {
			fn = "main.main"
		}
		file, line := "gonotes", c.Pos.Line
		if r, ok := s.lines.lookup(c.Pos.Line); ok {
			line = c.Pos.Line - r.base + 1
			file = cellName(r.cell)
			if r.cell >= 0 && s.callerPos != nil {
				file, line = s.callerPos(r.cell, line)
			}
		}
		fr = append(fr, callerFrame{file: file, line: line, fn: fn})
		if fn == "main.main" && end != interp.EndGoroutine {
			rt := runtimeFrames()
			return append(fr, rt.main, rt.goexit), true
		}
	}
	if end == interp.EndGoroutine {
		return append(fr, runtimeFrames().goexit), true
	}
	return fr, false
}

// runtimeFrames are the runtime's frames below main.main and below a
// goroutine's func, and the frame of runtime.Callers itself, as this
// process's runtime (the toolchain's that built gonotes) reports them.
var runtimeFrames = sync.OnceValue(func() (rt struct{ main, goexit, callers callerFrame }) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		pcs := make([]uintptr, 64)
		n := goruntime.Callers(0, pcs)
		frames := goruntime.CallersFrames(pcs[:n])
		for {
			f, more := frames.Next()
			switch f.Function {
			case "runtime.goexit":
				rt.goexit = callerFrame{file: f.File, line: f.Line, fn: f.Function, tail: true}
			case "runtime.Callers":
				rt.callers = callerFrame{file: f.File, line: f.Line, fn: f.Function, tail: true}
			}
			if !more {
				break
			}
		}
	}()
	<-done
	// runtime.main's call of main.main: the line after `fn := main_main`
	// in the runtime's sources.
	file := filepath.Join(goroot(), "src", "runtime", "proc.go")
	rt.main = callerFrame{file: file, fn: "runtime.main", tail: true}
	if f, err := os.Open(file); err == nil {
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if strings.HasPrefix(strings.TrimSpace(sc.Text()), "fn := main_main") {
				rt.main.line = n + 1
				break
			}
		}
		f.Close()
	}
	return rt
})

// Fake program counters: each interpreted position (file, line, func) a
// cell asked for gets one, which runtime.FuncForPC and CallersFrames read
// back. They are far from the process's code; a real PC (of compiled code)
// is passed to the runtime.
const fakePCBase = 0x7e00_0000_0000

var fakePCs struct {
	sync.Mutex
	byFrame map[callerFrame]uintptr
	frames  []callerFrame
	entries map[string]uintptr // a func's entry PC, by name
}

// pcOf returns the fake PC of the frame c.
func pcOf(c callerFrame) uintptr {
	c.tail = false
	fakePCs.Lock()
	defer fakePCs.Unlock()
	if pc, ok := fakePCs.byFrame[c]; ok {
		return pc
	}
	if fakePCs.byFrame == nil {
		fakePCs.byFrame = map[callerFrame]uintptr{}
		fakePCs.entries = map[string]uintptr{}
	}
	pc := fakePCBase + uintptr(len(fakePCs.frames))*16 + 1
	fakePCs.frames = append(fakePCs.frames, c)
	fakePCs.byFrame[c] = pc
	if _, ok := fakePCs.entries[c.fn]; !ok {
		fakePCs.entries[c.fn] = pc - 1
	}
	return pc
}

// frameOfPC returns the frame of a fake PC (or of the PC before it:
// CallersFrames is given return addresses).
func frameOfPC(pc uintptr) (callerFrame, uintptr, bool) {
	if pc < fakePCBase {
		return callerFrame{}, 0, false
	}
	fakePCs.Lock()
	defer fakePCs.Unlock()
	i := int((pc - fakePCBase) / 16)
	if i >= len(fakePCs.frames) {
		return callerFrame{}, 0, false
	}
	c := fakePCs.frames[i]
	return c, fakePCs.entries[c.fn], true
}

// Func is runtime.Func for cells: the func of a PC that runtime.Caller or
// runtime.Callers gave a cell, or of a compiled function.
type Func struct {
	real  *goruntime.Func
	frame callerFrame
	entry uintptr
}

// funcForPC is runtime.FuncForPC for cells.
func funcForPC(pc uintptr) *Func {
	if c, entry, ok := frameOfPC(pc); ok {
		return &Func{frame: c, entry: entry}
	}
	if f := goruntime.FuncForPC(pc); f != nil {
		if interpretedFuncPC(f.Name()) {
			panic(fmt.Errorf("runtime.FuncForPC: %w", errFuncValuePC))
		}
		return &Func{real: f}
	}
	return nil
}

// errFuncValuePC is the panic of runtime.FuncForPC given the code pointer
// of an interpreted func value.
var errFuncValuePC = errors.New("runtime.FuncForPC in a cell: the code pointer of a func of the notebook (reflect.ValueOf(f).Pointer()) does not tell which func it is (the interpreter makes every func value with reflect.MakeFunc); call runtime.Caller inside the func, or name it yourself")

// interpretedFuncPC reports whether name, the Go runtime's name of a code
// pointer, is the interpreter's code behind every func value of a cell
// (reflect.MakeFunc's stub, yaegi's wrappers), which no Go program's
// FuncForPC names.
func interpretedFuncPC(name string) bool {
	return strings.HasPrefix(name, "github.com/traefik/yaegi/") || name == "reflect.makeFuncStub" || name == "reflect.methodValueCall"
}

// Name returns the name of the function ("" for a nil *Func).
func (f *Func) Name() string {
	switch {
	case f == nil:
		return ""
	case f.real != nil:
		return f.real.Name()
	}
	return f.frame.fn
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f.real != nil {
		return f.real.Entry()
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	if f.real != nil {
		return f.real.FileLine(pc)
	}
	if c, _, ok := frameOfPC(pc); ok {
		return c.file, c.line
	}
	return f.frame.file, f.frame.line
}

// Frames is runtime.Frames for cells (runtime.CallersFrames).
type Frames struct {
	pcs  []uintptr
	real *goruntime.Frames
}

// callersFrames is runtime.CallersFrames for cells.
func callersFrames(pcs []uintptr) *Frames {
	for _, pc := range pcs {
		if _, _, ok := frameOfPC(pc); !ok {
			// Compiled code's PCs (none of a cell's): the runtime's.
			return &Frames{real: goruntime.CallersFrames(pcs)}
		}
	}
	return &Frames{pcs: pcs}
}

// Next returns a Frame and whether there are more frames, as
// runtime.Frames.Next does.
func (f *Frames) Next() (goruntime.Frame, bool) {
	if f.real != nil {
		return f.real.Next()
	}
	if len(f.pcs) == 0 {
		return goruntime.Frame{}, false
	}
	pc := f.pcs[0]
	f.pcs = f.pcs[1:]
	c, entry, _ := frameOfPC(pc)
	return goruntime.Frame{PC: pc - 1, Function: c.fn, File: c.file, Line: c.line, Entry: entry}, len(f.pcs) > 0
}

// callerOf is runtime.Caller at the stack st.
func (s *Session) callerOf(st interp.Stack) func(skip int) (uintptr, string, int, bool) {
	return func(skip int) (uintptr, string, int, bool) {
		fr, complete := s.callers(st)
		switch {
		case skip < 0:
			panic(fmt.Errorf("runtime.Caller(%d): %w", skip, errCallerUnknown))
		case skip < len(fr):
			c := fr[skip]
			return pcOf(c), c.file, c.line, true
		case complete:
			return 0, "", 0, false
		}
		panic(fmt.Errorf("runtime.Caller(%d): %w", skip, errCallerUnknown))
	}
}

// callersOf is runtime.Callers at the stack st.
func (s *Session) callersOf(st interp.Stack) func(skip int, pc []uintptr) int {
	return func(skip int, pc []uintptr) int {
		fr, complete := s.callers(st)
		fr = append([]callerFrame{runtimeFrames().callers}, fr...)
		if skip < 0 {
			skip = 0
		}
		if !complete && skip+len(pc) > len(fr) {
			panic(fmt.Errorf("runtime.Callers: %w", errCallerUnknown))
		}
		n := 0
		for i := skip; i < len(fr) && n < len(pc); i++ {
			pc[n] = pcOf(fr[i])
			n++
		}
		return n
	}
}

func callerUnbound(int) (uintptr, string, int, bool) {
	panic(fmt.Errorf("runtime.Caller: %w", errCallerUnknown))
}
func callersUnbound(int, []uintptr) int { panic(fmt.Errorf("runtime.Callers: %w", errCallerUnknown)) }

// callerSymbols are the runtime's symbols for cells.
func callerSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Caller":        reflect.ValueOf(callerUnbound),
		"Callers":       reflect.ValueOf(callersUnbound),
		"FuncForPC":     reflect.ValueOf(funcForPC),
		"CallersFrames": reflect.ValueOf(callersFrames),
		"Func":          reflect.ValueOf((*Func)(nil)),
		"Frames":        reflect.ValueOf((*Frames)(nil)),
	}
}

// stackBinder is the session's interp.StackBinder: runtime.Caller and
// runtime.Callers, and the log functions and methods that write the
// caller's file, are given their interpreted stack.
func (s *Session) stackBinder(std *Logger) interp.StackBinder {
	caller := reflect.ValueOf(callerUnbound).Pointer()
	callers := reflect.ValueOf(callersUnbound).Pointer()
	stdFuncs := map[uintptr]string{}
	for name, f := range ilog.Funcs(std) {
		stdFuncs[reflect.ValueOf(f).Pointer()] = name
	}
	loggerType := reflect.TypeOf((*Logger)(nil))
	flagSetType := reflect.TypeOf((*flag.FlagSet)(nil))
	return func(fn reflect.Value, recv reflect.Type, method string) func(interp.Stack, reflect.Value, reflect.Value) reflect.Value {
		if bind := s.repanicBind(fn, recv, method); bind != nil {
			return bind
		}
		if recv == flagSetType && (method == "Parse" || method == "Init") {
			// Not the stack: a FlagSet made with flag.ExitOnError ends
			// the cell as os.Exit (overrides.go exitingParse).
			return func(_ interp.Stack, fn, recv reflect.Value) reflect.Value {
				if !recv.IsValid() || !recv.CanInterface() {
					return fn
				}
				fs, _ := recv.Interface().(*flag.FlagSet)
				switch {
				case fs == nil:
					return fn
				case method == "Init":
					return flagSetInit(fs, fn)
				}
				return exitingParse(fs, fn)
			}
		}
		if recv != nil {
			if recv != loggerType || !isLoggerMethod(method) {
				return nil
			}
			return func(st interp.Stack, fn, recv reflect.Value) reflect.Value {
				if !recv.IsValid() || !recv.CanInterface() {
					return fn
				}
				l, _ := recv.Interface().(*Logger)
				if l == nil {
					return fn
				}
				return loggerAt(l, s, st, method)
			}
		}
		switch p := fn.Pointer(); p {
		case caller:
			return func(st interp.Stack, _, _ reflect.Value) reflect.Value { return reflect.ValueOf(s.callerOf(st)) }
		case callers:
			return func(st interp.Stack, _, _ reflect.Value) reflect.Value { return reflect.ValueOf(s.callersOf(st)) }
		default:
			if name, ok := stdFuncs[p]; ok {
				return func(st interp.Stack, _, _ reflect.Value) reflect.Value { return loggerAt(std, s, st, name) }
			}
		}
		return nil
	}
}

// loggerMethods are the methods of a Logger (and functions of package
// log) that write a log entry, which Lshortfile and Llongfile begin with
// the caller's position.
var loggerMethods = []string{"Print", "Printf", "Println", "Output", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}

func isLoggerMethod(name string) bool {
	for _, m := range loggerMethods {
		if m == name {
			return true
		}
	}
	return false
}
