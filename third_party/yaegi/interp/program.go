package interp

import (
	"context"
	"errors"
	"go/ast"
	"go/token"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"sync/atomic"
)

// A Program is Go code that has been parsed and compiled.
type Program struct {
	pkgName string
	root    *node
	init    []*node
	// pregen is set by Generate: the next run of the program does not
	// generate its node exec closures again. gonotes patch (s15-noticedb).
	pregen bool
}

// PackageName returns name used in a package clause.
func (p *Program) PackageName() string {
	return p.pkgName
}

// FileSet is the fileset that must be used for parsing Go that will be passed
// to interp.CompileAST().
func (interp *Interpreter) FileSet() *token.FileSet {
	return interp.fset
}

// Compile parses and compiles a Go code represented as a string.
func (interp *Interpreter) Compile(src string) (*Program, error) {
	return interp.compileSrc(src, "", true)
}

// CompilePath parses and compiles a Go code located at the given path.
func (interp *Interpreter) CompilePath(path string) (*Program, error) {
	if !isFile(interp.filesystem, path) {
		_, err := interp.importSrc(mainID, path, NoTest)
		return nil, err
	}

	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return interp.compileSrc(string(b), path, false)
}

func (interp *Interpreter) compileSrc(src, name string, inc bool) (*Program, error) {
	if name != "" {
		interp.name = name
	}
	if interp.name == "" {
		interp.name = DefaultSourceName
	}

	// Parse source to AST.
	n, err := interp.parse(src, interp.name, inc)
	if err != nil {
		return nil, err
	}

	return interp.CompileAST(n)
}

// CompileAST builds a Program for the given Go code AST. Files and block
// statements can be compiled, as can most expressions. Var declaration nodes
// cannot be compiled.
//
// WARNING: The node must have been parsed using interp.FileSet(). Results are
// unpredictable otherwise.
func (interp *Interpreter) CompileAST(n ast.Node) (*Program, error) {
	// Convert AST.
	pkgName, root, err := interp.ast(n)
	if err != nil || root == nil {
		return nil, err
	}

	if interp.astDot {
		dotCmd := interp.dotCmd
		if dotCmd == "" {
			dotCmd = defaultDotCmd(interp.name, "yaegi-ast-")
		}
		root.astDot(dotWriter(dotCmd), interp.name)
		if interp.noRun {
			return nil, err
		}
	}

	// Perform global types analysis.
	if err = interp.gtaRetry([]*node{root}, pkgName, pkgName); err != nil {
		return nil, err
	}

	// Annotate AST with CFG informations.
	initNodes, err := interp.cfg(root, nil, pkgName, pkgName)
	if err != nil {
		if interp.cfgDot {
			dotCmd := interp.dotCmd
			if dotCmd == "" {
				dotCmd = defaultDotCmd(interp.name, "yaegi-cfg-")
			}
			root.cfgDot(dotWriter(dotCmd))
		}
		return nil, err
	}

	if root.kind != fileStmt {
		// REPL may skip package statement.
		setExec(root.start)
	}
	interp.mutex.Lock()
	gs := interp.scopes[pkgName]
	if interp.universe.sym[pkgName] == nil {
		// Make the package visible under a path identical to its name.
		interp.srcPkg[pkgName] = gs.sym
		interp.universe.sym[pkgName] = &symbol{kind: pkgSym, typ: &itype{cat: srcPkgT, path: pkgName}}
		interp.pkgNames[pkgName] = pkgName
	}
	interp.mutex.Unlock()

	// Add main to list of functions to run, after all inits.
	if m := gs.sym[mainID]; pkgName == mainID && m != nil {
		initNodes = append(initNodes, m.node)
	}

	if interp.cfgDot {
		dotCmd := interp.dotCmd
		if dotCmd == "" {
			dotCmd = defaultDotCmd(interp.name, "yaegi-cfg-")
		}
		root.cfgDot(dotWriter(dotCmd))
	}

	return &Program{pkgName: pkgName, root: root, init: initNodes}, nil
}

// Execute executes compiled Go code.
func (interp *Interpreter) Execute(p *Program) (res reflect.Value, err error) {
	return interp.execute(p, true)
}

// generate generates the node exec closures of p, as Execute does first.
// gonotes patch (s10-rtrip): ExecuteWithContext generates them on the
// calling goroutine; the goroutine it starts for the run is new, and its
// stack grew by copying, several times, in the deep recursion of genRun.
func (interp *Interpreter) generate(p *Program) (err error) {
	defer func() {
		r := recover()
		if r != nil {
			var pc [64]uintptr // 64 frames should be enough.
			n := runtime.Callers(1, pc[:])
			err = Panic{Value: r, Callers: pc[:n], Stack: debug.Stack()}
		}
	}()
	if err := interp.genRunPending(); err != nil { // gonotes patch (s20-public20)
		return err
	}
	return genRun(p.root)
}

// Generate generates the node exec closures of p without running it: the
// funcs p declares can then be called (by later programs) although p
// itself never runs, as when a host runs compiled programs in turn and
// stops at the first that panics. gonotes patch (s13): without it, such a
// func's body had no code, and a call of it did nothing.
//
// gonotes patch (s15-noticedb): a program generated so is not generated
// again by Generate nor by its next run, so that a host may generate the
// funcs and methods of programs it will run later before running earlier
// ones that may call them (through method tables, which hold the latest
// compiled methods).
func (interp *Interpreter) Generate(p *Program) error {
	if p.pregen {
		return nil
	}
	if err := interp.generate(p); err != nil {
		return err
	}
	p.pregen = true
	return nil
}

// execute is Execute, with the node exec closures generated first when gen
// is true (else by generate). gonotes patch (s10-rtrip).
func (interp *Interpreter) execute(p *Program, gen bool) (res reflect.Value, err error) {
	defer func() {
		r := runtimePanic(recover()) // gonotes patch (s16-public11b): reflect's words as Go's run-time errors
		if r != nil {
			var pc [64]uintptr // 64 frames should be enough.
			n := runtime.Callers(1, pc[:])
			err = Panic{Value: r, Callers: pc[:n], Stack: debug.Stack()}
		}
	}()

	// Generate node exec closures.
	if gen && !p.pregen { // gonotes patch (s15-noticedb): see Generate
		if err = interp.genRunPending(); err != nil { // gonotes patch (s20-public20)
			return res, err
		}
		if err = genRun(p.root); err != nil {
			return res, err
		}
	}
	p.pregen = false

	// Init interpreter execution memory frame.
	interp.frame.setrunid(interp.runid())
	interp.mutex.Lock()
	if atomic.LoadUint32(interp.runStop) != 0 {
		interp.runStop = new(uint32) // gonotes patch: a new run after a stopped one
	}
	stop := interp.runStop
	interp.mutex.Unlock()
	interp.frame.mutex.Lock()
	interp.frame.storeCtl(&runCtl{stop: stop, done: interp.frame.loadCtl().done}) // gonotes patch: see runCtl
	interp.resizeFrame()
	span := &[2]int{0, len(interp.frame.data)} // gonotes patch: see liveRuns
	interp.frame.mutex.Unlock()
	interp.mutex.Lock()       // gonotes patch: see liveRuns
	span[0] = interp.tempMark // the slots not released since the last ReleaseTemporaries
	interp.liveRuns = append(interp.liveRuns, span)
	interp.mutex.Unlock()
	defer interp.endRun(span) // gonotes patch

	// Execute node closures.
	interp.run(p.root, nil)
	if atomic.LoadUint32(stop) != 0 {
		// gonotes patch: the run was stopped (ExecuteWithContext has
		// returned): what follows would run code of the global frame
		// while the next run may be changing it.
		return res, err
	}

	// Wire and execute global vars.
	n, err := genGlobalVars([]*node{p.root}, interp.scopes[p.pkgName])
	if err != nil {
		return res, err
	}
	interp.run(n, nil)
	if atomic.LoadUint32(stop) != 0 { // gonotes patch: see above
		return res, err
	}

	for _, n := range p.init {
		interp.run(n, interp.frame)
	}
	v := genValue(p.root)
	res = v(interp.frame)

	// If result is an interpreter node, wrap it in a runtime callable function.
	if res.IsValid() && (res.Kind() == reflect.Ptr || res.Kind() == reflect.Interface) { // gonotes patch: res may be a variable that other goroutines write (the type and kind say whether it can hold a node without reading it)
		if n, ok := res.Interface().(*node); ok {
			res = genFunctionWrapper(n)(interp.frame)
		}
	}

	return res, err
}

// endRun removes the slots of a run of Execute from liveRuns (gonotes patch).
func (interp *Interpreter) endRun(span *[2]int) {
	interp.mutex.Lock()
	defer interp.mutex.Unlock()
	for i, s := range interp.liveRuns {
		if s == span {
			interp.liveRuns = append(interp.liveRuns[:i], interp.liveRuns[i+1:]...)
			break
		}
	}
}

// ExecuteWithContext executes compiled Go code.
func (interp *Interpreter) ExecuteWithContext(ctx context.Context, p *Program) (res reflect.Value, err error) {
	interp.mutex.Lock()
	interp.done = make(chan struct{})
	interp.runStop = new(uint32)
	interp.cancelChan = !interp.opt.fastChan
	interp.mutex.Unlock()

	done := make(chan struct{})
	// gonotes patch: the goroutine writes its own variables, read once it
	// has ended. It wrote the named results, which the return below also
	// writes when the context ends first (the goroutine then goes on).
	var r reflect.Value
	var e error
	goexit := true // gonotes patch: see ErrGoexit

	// gonotes patch (s10-rtrip): see generate.
	if !p.pregen { // gonotes patch (s15-noticedb): see Generate
		if err := interp.generate(p); err != nil {
			return reflect.Value{}, err
		}
	}
	p.pregen = false
	go func() {
		defer close(done)
		reserveStack(0) // gonotes patch (s10-rtrip)
		r, e = interp.execute(p, false)
		goexit = false
	}()

	select {
	case <-ctx.Done():
		interp.stop()
		return reflect.Value{}, ctx.Err()
	case <-done:
	}
	if goexit { // gonotes patch
		return reflect.Value{}, ErrGoexit
	}
	return r, e
}

// reserveStack grows the stack of a new goroutine to 32 KiB at once, with
// one copy of a stack that holds one frame: a program's run, on the new
// goroutine of ExecuteWithContext, went through reflect calls deep enough
// to grow the 2 KiB stack it started with, doubling it several times, each
// time copying and adjusting every frame it held. gonotes patch (s10-rtrip).
//
//go:noinline
func reserveStack(i int) byte {
	var b [16 << 10]byte
	b[i&(len(b)-1)] = byte(i)
	return b[(i+1)&(len(b)-1)]
}

// ErrGoexit is the error of ExecuteWithContext when the goroutine running
// the program called runtime.Goexit: the program's main goroutine ended
// without returning (before, the caller could not tell it from a program
// that returned). gonotes patch.
var ErrGoexit = errors.New("runtime.Goexit called in the main goroutine")
