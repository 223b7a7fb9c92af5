package interp

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"go/build"
	"go/scanner"
	"go/token"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path"
	"reflect"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe" // gonotes patch: node.reuse
)

// Interpreter node structure for AST and CFG.
type node struct {
	iterVars   []int          // gonotes patch: a loop's variables copied per iteration (perIteration)
	debug      *nodeDebugData // debug info
	child      []*node        // child subtrees (AST)
	anc        *node          // ancestor (AST)
	param      []*itype       // generic parameter nodes (AST)
	start      *node          // entry point in subtree (CFG)
	tnext      *node          // true branch successor (CFG)
	fnext      *node          // false branch successor (CFG)
	interp     *Interpreter   // interpreter context
	index      int64          // node index (dot display)
	findex     int            // index of value in frame or frame size (func def, type def)
	level      int            // number of frame indirections to access value
	nleft      int            // number of children in left part (assign) or indicates preceding type (compositeLit)
	nright     int            // number of children in right part (assign)
	kind       nkind          // kind of node
	pos        token.Pos      // position in source code, relative to fset
	sym        *symbol        // associated symbol
	typ        *itype         // type of value in frame, or nil
	recv       *receiver      // method receiver node for call, or nil
	types      []reflect.Type // frame types, used by function literals only
	scope      *scope         // frame scope
	action     action         // action
	exec       bltn           // generated function to execute
	gen        bltnGenerator  // generator function to produce above bltn
	val        interface{}    // static generic value (CFG execution)
	rval       reflect.Value  // reflection value to let runtime access interpreter (CFG)
	ident      string         // set if node is a var or func
	redeclared bool           // set if node is a redeclared variable (CFG)
	meta       interface{}    // meta stores meta information between gta runs, like errors
	fast       *fastStep      // gonotes patch: fast form of the node (fastops.go)
	binMethod  *binMethodSel  // gonotes patch: receiver of a binary method selector, for fast calls
	rf         *rangeFunc     // gonotes patch: range over func loop (rangeStmt)
	fallTo     *node          // gonotes patch: the next case clause in source order, where fallthrough goes
	assignRng  bool           // gonotes patch: for k, v = range x (rangeStmt)
	inSetExec  bool           // gonotes patch: setExec is generating this node's exec (its successors first), see setExec
	lhsLate    bool           // gonotes patch (s13-goroot9): a left operand of a tuple assignment whose panic happens at its assignment (evalorder.go)
	recovers   uint32         // gonotes patch (s9-genstd): hasRecover's result plus one, once computed (0: not yet; atomic)
	reuse      unsafe.Pointer // gonotes patch: *reuseInfo, whether the frames of a function can be reused (fastcall.go; atomic: computed at the first call, goroutines may call at once)
	callSites  map[*node]int  // gonotes patch: the functions a function calls (fastcall.go)
	shadows    *shadowedSyms  // gonotes patch: the globals a top-level := declares again, read by its right side (shadow.go)
	stackBuf   *stackBuf      // gonotes patch (s17-misc17): an append that may give its slice gc's stack buffer (stackbuf.go)
	stackMove  *stackMove     // gonotes patch (s18-misc18): the move of a slice to the heap before this statement (stackbufret.go)

	// gonotes patch: the layout of a function's scalar slots (fastSlots),
	// read and written atomically.
	slots *fastFrameLayout

	// gonotes patch: a method selector whose call runs the method
	// directly (methodcall.go): its exec makes no method value.
	directCall bool
	// gonotes patch (s10-goroot): the node was put in place of a type
	// parameter by genAST (an instance's type argument), see hasTypeArg.
	typeArg bool
	// gonotes patch (s11-gen): for a method expression T.M of a method
	// promoted from an embedded field, the path of field indexes from a
	// T to the method's receiver (promotedRecv); for a selector x.M of a
	// method of an interface embedded in x's struct type, the path to
	// that interface field (ifaceFieldPath).
	promote []int

	// gonotes patch (s11-fixb): the copy of this select operand that the
	// select reads (snapshotSelectOperands), or nil.
	selectCopy *node

	// gonotes patch (s9-live2): the frame slots this node drops before it
	// runs (liveclear.go), and whether a function has such drops.
	clears    []int
	hasClears bool
}

func (n *node) shouldBreak() bool {
	if n == nil || n.debug == nil {
		return false
	}

	if n.debug.breakOnLine || n.debug.breakOnCall {
		return true
	}

	return false
}

func (n *node) setProgram(p *Program) {
	if n.debug == nil {
		n.debug = new(nodeDebugData)
	}
	n.debug.program = p
}

func (n *node) setBreakOnCall(v bool) {
	if n.debug == nil {
		if !v {
			return
		}
		n.debug = new(nodeDebugData)
	}
	n.debug.breakOnCall = v
}

func (n *node) setBreakOnLine(v bool) {
	if n.debug == nil {
		if !v {
			return
		}
		n.debug = new(nodeDebugData)
	}
	n.debug.breakOnLine = v
}

// receiver stores method receiver object access path.
type receiver struct {
	node  *node         // receiver value for alias and struct types
	val   reflect.Value // receiver value for interface type and value type
	index []int         // path in receiver value for interface or value type
	late  bool          // gonotes patch: a pointer to a value receiver is dereferenced at each call (an interface's method)
}

// frame contains values for the current execution level (a function context).
type frame struct {
	// id is an atomic counter used for cancellation, only accessed
	// via newFrame/runid/setrunid/clone.
	// Located at start of struct to ensure proper alignment.
	id uint64

	debug *frameDebugData

	root *frame          // global space
	anc  *frame          // ancestor frame (caller space)
	data []reflect.Value // values

	// gonotes patch (block): fields done and stop became ctl (the block
	// is realigned by gofmt).
	mutex     sync.RWMutex
	deferred  [][]reflect.Value             // defer stack
	recovered interface{}                   // to handle panic recover
	ctl       *runCtl                       // gonotes patch: stop flag and done channel of the run owning the frame; read with loadCtl (was fields done and stop)
	fastIn    []reflect.Value               // gonotes patch: arguments of fast calls (see fastArgs)
	depth     int                           // gonotes patch: nesting of interpreted calls (see MaxCallDepth)
	orig      *frame                        // gonotes patch: the frame a clone was made from (see _recover)
	kids      []*frame                      // gonotes patch: the frame of the last call of each function called, for reuse (fastcall.go)
	def       *node                         // gonotes patch: the function of a reusable frame (fastcall.go)
	blk       reflect.Value                 // gonotes patch: the struct holding a reusable frame's slots
	tmpl      []reflect.Value               // gonotes patch: the slot values of a reusable frame
	blkPlain  int                           // gonotes patch: the size of blk if it holds no pointers, else 0
	callee    *frame                        // gonotes patch: the frame of the call step running (fastcallstep.go, execCalls)
	ptab      *[fastMaxSlots]unsafe.Pointer // gonotes patch: the slot table of ptabOf on this reused frame (fastcallstep.go)
	ptabOf    *fastProg                     // gonotes patch: see ptab
	retIn     *fastInstr                    // gonotes patch: the call step of the caller running this frame's call in its exec (fastops.go)
	retCode   unsafe.Pointer                // gonotes patch: the caller's program (see retIn)
	retCe     *fastCallee                   // gonotes patch: see retIn
	retF      *frame                        // gonotes patch: the caller (see retIn); a closure's frame's anc is the closure's frame (s11-speed)
	panicAt   *fastInstr                    // gonotes patch (s11-lines): the step of a program whose generic exec runs (fastInstr.fallback)
	callAt    *fastInstr                    // gonotes patch (s11-lines): the call step whose callee runs (f.callee)
	runAt     bltn                          // gonotes patch (s11-lines): the exec that a call step's loop runs on the frame
	closures  []closureEntry                // gonotes patch: the last closure made by each func literal run in the frame (closurecall.go)
	from      *frame                        // gonotes patch (s17-caller): the frame of the interpreted call running on this one, nil for a goroutine's or a callback's (callers.go)
	fromAt    *node                         // gonotes patch (s17-caller): the node of that call

	// gonotes patch: the global frame as code running in any goroutine
	// reads it (root frame only; see globals and resizeFrame).
	gview atomic.Pointer[frame]
}

// runCtl is what stops a run (gonotes patch): a flag set to 1 when the run
// is stopped, and the channel closed then, for channel operations. A
// runCtl is never modified: a frame whose run changes (the global frame at
// each Execute, a revived frame) gets another one, stored atomically, as
// goroutines of earlier runs read it while it changes.
type runCtl struct {
	stop *uint32
	done reflect.SelectCase // for cancellation of channel operations
}

// loadCtl returns the stop control of f's run (gonotes patch).
func (f *frame) loadCtl() *runCtl {
	return (*runCtl)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&f.ctl))))
}

// storeCtl sets the stop control of f's run (gonotes patch).
func (f *frame) storeCtl(c *runCtl) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&f.ctl)), unsafe.Pointer(c))
}

// globals returns the global frame of f as it is now (gonotes patch).
// The global frame's slots are reallocated when a compilation adds
// globals, while goroutines started earlier read and write global
// variables: they reach the slots through an immutable view of the frame,
// published atomically by resizeFrame, never through the global frame's
// own data slice, which the compiling goroutine replaces. The slots of the
// old and new views hold the same values (a global variable's value is
// written through its address by other goroutines, never replaced: see
// globalDest in cfg.go).
func (f *frame) globals() *frame { return f.root.gview.Load() }

func newFrame(anc *frame, length int, id uint64) *frame {
	f := &frame{
		anc:  anc,
		data: make([]reflect.Value, length),
		id:   id,
	}
	if anc == nil {
		f.root = f
		f.ctl = &runCtl{stop: new(uint32)} // gonotes patch
		f.gview.Store(&frame{root: f})     // gonotes patch
	} else {
		f.root = anc.root
		f.ctl = anc.loadCtl() // gonotes patch
	}
	return f
}

// stopped reports whether the run owning the frame was stopped
// (gonotes patch: replaces the comparison of f.runid() with interp.runid()).
func (f *frame) stopped() bool { return atomic.LoadUint32(f.loadCtl().stop) != 0 }

func (f *frame) runid() uint64      { return atomic.LoadUint64(&f.id) }
func (f *frame) setrunid(id uint64) { atomic.StoreUint64(&f.id, id) }
func (f *frame) clone() *frame {
	f.mutex.RLock()
	defer f.mutex.RUnlock()
	nf := &frame{
		anc:       f.anc,
		root:      f.root,
		deferred:  f.deferred,
		recovered: f.recovered,
		id:        f.runid(),
		ctl:       f.loadCtl(), // gonotes patch
		debug:     f.debug,
		orig:      f.origin(), // gonotes patch
	}
	nf.data = make([]reflect.Value, len(f.data))
	copy(nf.data, f.data)
	return nf
}

// origin returns the frame f is a clone of, or f (gonotes patch).
func (f *frame) origin() *frame {
	if f.orig != nil {
		return f.orig
	}
	return f
}

// clone0 is clone with every slot zero (gonotes patch, see cloneSlots).
func (f *frame) clone0() *frame {
	f.mutex.RLock()
	defer f.mutex.RUnlock()
	return &frame{
		anc:       f.anc,
		root:      f.root,
		deferred:  f.deferred,
		recovered: f.recovered,
		id:        f.runid(),
		ctl:       f.loadCtl(), // gonotes patch
		debug:     f.debug,
		orig:      f.origin(), // gonotes patch
		data:      make([]reflect.Value, len(f.data)),
	}
}

// Exports stores the map of binary packages per package path.
// The package path is the path joined from the import path and the package name
// as specified in source files by the "package" statement.
type Exports map[string]map[string]reflect.Value

// imports stores the map of source packages per package path.
type imports map[string]map[string]*symbol

// opt stores interpreter options.
type opt struct {
	// dotCmd is the command to process the dot graph produced when astDot and/or
	// cfgDot is enabled. It defaults to 'dot -Tdot -o <filename>.dot'.
	dotCmd       string
	context      build.Context     // build context: GOPATH, build constraints
	stdin        io.Reader         // standard input
	stdout       io.Writer         // standard output
	stderr       io.Writer         // standard error
	args         []string          // cmdline args
	env          map[string]string // environment of interpreter, entries in form of "key=value"
	filesystem   fs.FS             // filesystem containing sources
	astDot       bool              // display AST graph (debug)
	cfgDot       bool              // display CFG graph (debug)
	noRun        bool              // compile, but do not run
	fastChan     bool              // disable cancellable chan operations
	specialStdio bool              // allows os.Stdin, os.Stdout, os.Stderr to not be file descriptors
	unrestricted bool              // allow use of non-sandboxed symbols
}

// Interpreter contains global resources and state.
type Interpreter struct {
	// id is an atomic counter used for run cancellation,
	// only accessed via runid/stop
	// Located at start of struct to ensure proper alignment on 32-bit
	// architectures.
	id uint64

	// nindex is a node number incremented for each new node.
	// It is used for debug (AST and CFG graphs). As it is atomically
	// incremented, keep it aligned on 64 bits boundary.
	nindex int64

	name string // name of the input source file (or main)

	// gonotes patch (s20-public20): the generic instances compiled and
	// not generated yet (genRunLater).
	genLaterMu sync.Mutex
	genLater   []*node

	opt                                              // user settable options
	cancelChan      bool                             // enables cancellable chan operations
	runStop         *uint32                          // gonotes patch: stop flag of the current run, guarded by mutex
	fset            *token.FileSet                   // fileset to locate node in source code
	binPkg          Exports                          // binary packages used in interpreter, indexed by path
	rdir            map[string]bool                  // for src import cycle detection
	mapTypes        map[reflect.Value][]reflect.Type // special interfaces mapping for wrappers
	fast            FastCalls                        // gonotes patch: fast callers of binary funcs and methods
	binSrc          fs.FS                            // gonotes patch: source complements of binary packages, by import path (see binSrcPkg)
	stackBufSlots   sync.Map                         // gonotes patch (s18-misc18): stackBufKey -> buffer slot (stackbufret.go)
	initBase        sync.Map                         // gonotes patch (s18-misc18): a file's root -> number of its first init func (callers.go)
	initLitBase     sync.Map                         // gonotes patch (s19-misc19): a file's root -> number of the func literals of package-level variables before it (callers.go)
	initLitNum      sync.Map                         // gonotes patch (s19-misc19): the position of a func literal of a package-level variable -> its number in initialization order (callers.go)
	localTypeNum    sync.Map                         // gonotes patch (s20-escape20): the position of a local type spec -> gc's number of the type (localtype.go)
	initNext        map[string]int                   // gonotes patch (s18-misc18): package -> number of its next init func, guarded by mutex (callers.go)
	binSrcErr       map[string]error                 // gonotes patch: outcome of loading a source complement, by import path
	holdDefers      int32                            // gonotes patch: see HoldDefers
	skipStop        unsafe.Pointer                   // gonotes patch: *uint32, see StopSkipsDeferred
	stmtsBody       bool                             // gonotes patch: see SetStatementsInBody
	cellSlices      *cellSliceVars                   // gonotes patch (s19-lead): see SetCellSliceVars
	noLeak          sync.Map                         // gonotes patch (s19-lead): "pkg.func" -> []int, what it does with each parameter (paramsNoLeak; s20-escape20: paramLeaks, paramNoLeak, paramToResult)
	unwindHook      atomic.Pointer[func(any, bool)]  // gonotes patch (s16-public11a): see SetUnwindHook
	panics          panicTexts                       // gonotes patch: see PanicText
	panicTypes      panicTypes                       // gonotes patch: see panicTypes
	panicChains     panicChains                      // gonotes patch (s20-lead): see PanicChain
	dynKeys         sync.Map                         // gonotes patch: see dynMapKey, *dynKeyType by type id
	ifaceFuncs      sync.Map                         // gonotes patch (s12-iface): *itype of a func type -> ifaceFuncEntry (ifacefunc.go)
	ifaceComposites sync.Map                         // gonotes patch (s19-misc19): *itype of a composite of interface types -> its reflect.Type or nil (rtifacetype.go ifaceCompositeRType)
	ifaceKeys       sync.Map                         // gonotes patch (s12-iface): dynMapKey -> canonical valueInterface of a key's field (ifacekey.go)
	crossed         sync.Map                         // gonotes patch: see noteCrossed
	named           sync.Map                         // gonotes patch: namedKey -> named runtime type (rtname.go)
	plainNamed      sync.Map                         // gonotes patch (s9-methods): plainNamedKey -> named runtime type without methods (rtname.go)
	wrapDyn         sync.Map                         // gonotes patch: reflect type -> *node of the interpreted type of wrapped values, or *wrapAmbig (rtiface.go)
	ifaceTypes      sync.Map                         // gonotes patch: ifaceKey -> runtime interface type (rtifacetype.go)
	wrapDynMu       sync.Mutex                       // gonotes patch: see noteWrappedType
	// gonotes patch: mapTypes of methods by code address (methodMapTypes).
	mapTypesPCMu  sync.Mutex
	mapTypesPC    map[uintptr][]reflect.Type
	mapTypesPCLen int
	// gonotes patch: names of the interpreted types wrapped, by their
	// reflect types ("" if several), see wrappedName.
	wrapNamesMu sync.Mutex
	wrapNames   map[reflect.Type]string
	topRecov    int32 // gonotes patch: see TopLevelRecovered
	// gonotes patch (s10-goroot): the instances of generic types being
	// generated (genType), to stop a cycle through several generic types.
	genInProgress sync.Map // genKey -> *genState
	// gonotes patch (s9-speed): the call site keys of interface method
	// calls, by method name, and of closures, "" (dynCallSites).
	ifaceSitesMu sync.Mutex
	ifaceSites   map[string]*[4]*node

	mutex    sync.RWMutex
	frame    *frame            // program data storage during execution
	universe *scope            // interpreter global level scope
	scopes   map[string]*scope // package level scopes, indexed by import path
	srcPkg   imports           // source packages used in interpreter, indexed by path
	pkgNames map[string]string // package names, indexed by import path
	done     chan struct{}     // for cancellation of channel operations
	roots    []*node
	noRoots  bool // gonotes patch: Options.NoDebugRoots
	tempMark int  // gonotes patch: global frame slots below it were released (ReleaseTemporaries)

	// gonotes patch: the global frame slots added by the runs of Execute
	// going on (the top-level statements of a run abandoned by
	// ExecuteWithContext may still be running), and the temporaries that
	// ReleaseTemporaries left for that reason. Guarded by mutex.
	liveRuns []*[2]int
	tempHeld []int
	generic  map[string]genericAST // gonotes patch: with the node each was generated from

	// gonotes patch: the main package's variables at the last
	// ReleaseTemporaries (redefinedGlobals).
	globals map[string]*symbol

	hooks *hooks // symbol hooks

	debugger *Debugger

	stackBinder StackBinder // gonotes patch (s17-caller): see SetStackBinder
}

const (
	mainID     = "main"
	selfPrefix = "github.com/traefik/yaegi"
	selfPath   = selfPrefix + "/interp/interp"
	// DefaultSourceName is the name used by default when the name of the input
	// source file has not been specified for an Eval.
	// TODO(mpl): something even more special as a name?
	DefaultSourceName = "_.go"

	// Test is the value to pass to EvalPath to activate evaluation of test functions.
	Test = false
	// NoTest is the value to pass to EvalPath to skip evaluation of test functions.
	NoTest = true
)

// Self points to the current interpreter if accessed from within itself, or is nil.
var Self *Interpreter

// Symbols exposes interpreter values.
var Symbols = Exports{
	selfPath: map[string]reflect.Value{
		"New": reflect.ValueOf(New),

		"Interpreter": reflect.ValueOf((*Interpreter)(nil)),
		"Options":     reflect.ValueOf((*Options)(nil)),
		"Panic":       reflect.ValueOf((*Panic)(nil)),
	},
}

func init() { Symbols[selfPath]["Symbols"] = reflect.ValueOf(Symbols) }

// _error is a wrapper of error interface type.
type _error struct {
	IValue interface{}
	WError func() string
}

func (w _error) Error() string { return w.WError() }

// Panic is an error recovered from a panic call in interpreted code.
type Panic struct {
	// Value is the recovered value of a call to panic.
	Value interface{}

	// Callers is the call stack obtained from the recover call.
	// It may be used as the parameter to runtime.CallersFrames.
	Callers []uintptr

	// Stack is the call stack buffer for debug.
	Stack []byte
}

// TODO: Capture interpreter stack frames also and remove
// fmt.Fprintln(n.interp.stderr, oNode.cfgErrorf("panic")) in runCfg.

func (e Panic) Error() string { return fmt.Sprint(e.Value) }

// Walk traverses AST n in depth first order, call cbin function
// at node entry and cbout function at node exit.
func (n *node) Walk(in func(n *node) bool, out func(n *node)) {
	if in != nil && !in(n) {
		return
	}
	for _, child := range n.child {
		child.Walk(in, out)
	}
	if out != nil {
		out(n)
	}
}

// Options are the interpreter options.
type Options struct {
	// GoPath sets GOPATH for the interpreter.
	GoPath string

	// BuildTags sets build constraints for the interpreter.
	BuildTags []string

	// Standard input, output and error streams.
	// They default to os.Stdin, os.Stdout and os.Stderr respectively.
	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// Cmdline args, defaults to os.Args.
	Args []string

	// Environment of interpreter. Entries are in the form "key=values".
	Env []string

	// SourcecodeFilesystem is where the _sourcecode_ is loaded from and does
	// NOT affect the filesystem of scripts when they run.
	// It can be any fs.FS compliant filesystem (e.g. embed.FS, or fstest.MapFS for testing)
	// See example/fs/fs_test.go for an example.
	SourcecodeFilesystem fs.FS

	// Unrestricted allows to run non sandboxed stdlib symbols such as os/exec and environment
	Unrestricted bool

	// NoDebugRoots keeps no reference to compiled code for the debugger
	// (gonotes patch): an interpreter that compiles input for ever, as a
	// REPL or a notebook does, otherwise keeps every input's syntax tree
	// alive (about 20 KB per notebook cell), and a debugger then cannot
	// set breakpoints in code compiled before it started.
	NoDebugRoots bool
}

// New returns a new interpreter.
func New(options Options) *Interpreter {
	i := Interpreter{
		opt:      opt{context: build.Default, filesystem: &realFS{}, env: map[string]string{}},
		frame:    newFrame(nil, 0, 0),
		runStop:  new(uint32),
		fset:     token.NewFileSet(),
		universe: initUniverse(),
		scopes:   map[string]*scope{},
		binPkg:   Exports{"": map[string]reflect.Value{"_error": reflect.ValueOf((*_error)(nil))}},
		mapTypes: map[reflect.Value][]reflect.Type{reflect.ValueOf((*_error)(nil)): errorWrappers}, // gonotes patch: errwrap.go
		srcPkg:   imports{},
		pkgNames: map[string]string{},
		rdir:     map[string]bool{},
		hooks:    &hooks{},
		generic:  map[string]genericAST{},
	}

	if i.opt.stdin = options.Stdin; i.opt.stdin == nil {
		i.opt.stdin = os.Stdin
	}

	if i.opt.stdout = options.Stdout; i.opt.stdout == nil {
		i.opt.stdout = os.Stdout
	}

	if i.opt.stderr = options.Stderr; i.opt.stderr == nil {
		i.opt.stderr = os.Stderr
	}

	if i.opt.args = options.Args; i.opt.args == nil {
		i.opt.args = os.Args
	}

	// unrestricted allows to use non sandboxed stdlib symbols and env.
	i.noRoots = options.NoDebugRoots // gonotes patch
	if options.Unrestricted {
		i.opt.unrestricted = true
	} else {
		for _, e := range options.Env {
			a := strings.SplitN(e, "=", 2)
			if len(a) == 2 {
				i.opt.env[a[0]] = a[1]
			} else {
				i.opt.env[a[0]] = ""
			}
		}
	}

	if options.SourcecodeFilesystem != nil {
		i.opt.filesystem = options.SourcecodeFilesystem
	}

	i.opt.context.GOPATH = options.GoPath
	if len(options.BuildTags) > 0 {
		i.opt.context.BuildTags = options.BuildTags
	}

	// astDot activates AST graph display for the interpreter
	i.opt.astDot, _ = strconv.ParseBool(os.Getenv("YAEGI_AST_DOT"))

	// cfgDot activates CFG graph display for the interpreter
	i.opt.cfgDot, _ = strconv.ParseBool(os.Getenv("YAEGI_CFG_DOT"))

	// dotCmd defines how to process the dot code generated whenever astDot and/or
	// cfgDot is enabled. It defaults to 'dot -Tdot -o<filename>.dot' where filename
	// is context dependent.
	i.opt.dotCmd = os.Getenv("YAEGI_DOT_CMD")

	// noRun disables the execution (but not the compilation) in the interpreter
	i.opt.noRun, _ = strconv.ParseBool(os.Getenv("YAEGI_NO_RUN"))

	// fastChan disables the cancellable version of channel operations in evalWithContext
	i.opt.fastChan, _ = strconv.ParseBool(os.Getenv("YAEGI_FAST_CHAN"))

	// specialStdio allows to assign directly io.Writer and io.Reader to os.Stdxxx,
	// even if they are not file descriptors.
	i.opt.specialStdio, _ = strconv.ParseBool(os.Getenv("YAEGI_SPECIAL_STDIO"))

	return &i
}

const (
	bltnAlignof  = "unsafe.Alignof"
	bltnAppend   = "append"
	bltnCap      = "cap"
	bltnClose    = "close"
	bltnComplex  = "complex"
	bltnImag     = "imag"
	bltnCopy     = "copy"
	bltnDelete   = "delete"
	bltnLen      = "len"
	bltnMake     = "make"
	bltnNew      = "new"
	bltnOffsetof = "unsafe.Offsetof"
	bltnPanic    = "panic"
	bltnPrint    = "print"
	bltnPrintln  = "println"
	bltnReal     = "real"
	bltnRecover  = "recover"
	bltnSizeof   = "unsafe.Sizeof"
)

func initUniverse() *scope {
	sc := &scope{global: true, sym: map[string]*symbol{
		// predefined Go types
		"any":         {kind: typeSym, typ: &itype{cat: interfaceT, str: "interface{}"}},
		"bool":        {kind: typeSym, typ: &itype{cat: boolT, name: "bool", str: "bool"}},
		"byte":        {kind: typeSym, typ: &itype{cat: uint8T, name: "uint8", str: "uint8"}},
		"comparable":  {kind: typeSym, typ: &itype{cat: comparableT, name: "comparable", str: "comparable"}},
		"complex64":   {kind: typeSym, typ: &itype{cat: complex64T, name: "complex64", str: "complex64"}},
		"complex128":  {kind: typeSym, typ: &itype{cat: complex128T, name: "complex128", str: "complex128"}},
		"error":       {kind: typeSym, typ: &itype{cat: errorT, name: "error", str: "error"}},
		"float32":     {kind: typeSym, typ: &itype{cat: float32T, name: "float32", str: "float32"}},
		"float64":     {kind: typeSym, typ: &itype{cat: float64T, name: "float64", str: "float64"}},
		"int":         {kind: typeSym, typ: &itype{cat: intT, name: "int", str: "int"}},
		"int8":        {kind: typeSym, typ: &itype{cat: int8T, name: "int8", str: "int8"}},
		"int16":       {kind: typeSym, typ: &itype{cat: int16T, name: "int16", str: "int16"}},
		"int32":       {kind: typeSym, typ: &itype{cat: int32T, name: "int32", str: "int32"}},
		"int64":       {kind: typeSym, typ: &itype{cat: int64T, name: "int64", str: "int64"}},
		"interface{}": {kind: typeSym, typ: &itype{cat: interfaceT, str: "interface{}"}},
		"rune":        {kind: typeSym, typ: &itype{cat: int32T, name: "int32", str: "int32"}},
		"string":      {kind: typeSym, typ: &itype{cat: stringT, name: "string", str: "string"}},
		"uint":        {kind: typeSym, typ: &itype{cat: uintT, name: "uint", str: "uint"}},
		"uint8":       {kind: typeSym, typ: &itype{cat: uint8T, name: "uint8", str: "uint8"}},
		"uint16":      {kind: typeSym, typ: &itype{cat: uint16T, name: "uint16", str: "uint16"}},
		"uint32":      {kind: typeSym, typ: &itype{cat: uint32T, name: "uint32", str: "uint32"}},
		"uint64":      {kind: typeSym, typ: &itype{cat: uint64T, name: "uint64", str: "uint64"}},
		"uintptr":     {kind: typeSym, typ: &itype{cat: uintptrT, name: "uintptr", str: "uintptr"}},

		// predefined Go constants
		"false": {kind: constSym, typ: untypedBool(nil), rval: reflect.ValueOf(false)},
		"true":  {kind: constSym, typ: untypedBool(nil), rval: reflect.ValueOf(true)},
		"iota":  {kind: constSym, typ: untypedInt(nil)},

		// predefined Go zero value
		"nil": {typ: &itype{cat: nilT, untyped: true, str: "nil"}},

		// predefined Go builtins
		bltnAppend:  {kind: bltnSym, builtin: _append},
		bltnCap:     {kind: bltnSym, builtin: _cap},
		bltnClose:   {kind: bltnSym, builtin: _close},
		bltnComplex: {kind: bltnSym, builtin: _complex},
		bltnImag:    {kind: bltnSym, builtin: _imag},
		bltnCopy:    {kind: bltnSym, builtin: _copy},
		bltnDelete:  {kind: bltnSym, builtin: _delete},
		bltnLen:     {kind: bltnSym, builtin: _len},
		bltnMake:    {kind: bltnSym, builtin: _make},
		bltnNew:     {kind: bltnSym, builtin: _new},
		bltnPanic:   {kind: bltnSym, builtin: _panic},
		bltnPrint:   {kind: bltnSym, builtin: _print},
		bltnPrintln: {kind: bltnSym, builtin: _println},
		bltnReal:    {kind: bltnSym, builtin: _real},
		bltnRecover: {kind: bltnSym, builtin: _recover},
		bltnMin:     {kind: bltnSym, builtin: _min},   // gonotes patch
		bltnMax:     {kind: bltnSym, builtin: _max},   // gonotes patch
		bltnClear:   {kind: bltnSym, builtin: _clear}, // gonotes patch
	}}
	return sc
}

// resizeFrame resizes the global frame of interpreter.
func (interp *Interpreter) resizeFrame() {
	l := len(interp.universe.types)
	b := len(interp.frame.data)
	if l-b <= 0 {
		return
	}
	// gonotes patch: grow the global frame geometrically. It was
	// reallocated at its exact new size (and every value copied) on each
	// compilation, so a session of n cells copied O(n²) values and the
	// trivial cell of a long notebook paid for all earlier ones.
	data := interp.frame.data[:cap(interp.frame.data)]
	if l > len(data) {
		data = make([]reflect.Value, l, l+l/2+16)
		copy(data, interp.frame.data)
	}
	data = data[:l]
	for j, t := range interp.universe.types[b:] {
		data[b+j] = reflect.New(t).Elem()
	}
	interp.frame.data = data
	interp.frame.gview.Store(&frame{root: interp.frame, data: data}) // gonotes patch: see globals
}

// Eval evaluates Go code represented as a string. Eval returns the last result
// computed by the interpreter, and a non nil error in case of failure.
func (interp *Interpreter) Eval(src string) (res reflect.Value, err error) {
	return interp.eval(src, "", true)
}

// EvalPath evaluates Go code located at path and returns the last result computed
// by the interpreter, and a non nil error in case of failure.
// The main function of the main package is executed if present.
func (interp *Interpreter) EvalPath(path string) (res reflect.Value, err error) {
	if !isFile(interp.opt.filesystem, path) {
		_, err := interp.importSrc(mainID, path, NoTest)
		return res, err
	}

	b, err := fs.ReadFile(interp.filesystem, path)
	if err != nil {
		return res, err
	}
	return interp.eval(string(b), path, false)
}

// EvalPathWithContext evaluates Go code located at path and returns the last
// result computed by the interpreter, and a non nil error in case of failure.
// The main function of the main package is executed if present.
func (interp *Interpreter) EvalPathWithContext(ctx context.Context, path string) (res reflect.Value, err error) {
	interp.mutex.Lock()
	interp.done = make(chan struct{})
	interp.runStop = new(uint32)
	interp.cancelChan = !interp.opt.fastChan
	interp.mutex.Unlock()

	done := make(chan struct{})
	var r reflect.Value // gonotes patch: see ExecuteWithContext
	var e error
	go func() {
		defer close(done)
		r, e = interp.EvalPath(path)
	}()

	select {
	case <-ctx.Done():
		interp.stop()
		return reflect.Value{}, ctx.Err()
	case <-done:
	}
	return r, e
}

// EvalTest evaluates Go code located at path, including test files with "_test.go" suffix.
// A non nil error is returned in case of failure.
// The main function, test functions and benchmark functions are internally compiled but not
// executed. Test functions can be retrieved using the Symbol() method.
func (interp *Interpreter) EvalTest(path string) error {
	_, err := interp.importSrc(mainID, path, Test)
	return err
}

func isFile(filesystem fs.FS, path string) bool {
	fi, err := fs.Stat(filesystem, path)
	return err == nil && fi.Mode().IsRegular()
}

func (interp *Interpreter) eval(src, name string, inc bool) (res reflect.Value, err error) {
	prog, err := interp.compileSrc(src, name, inc)
	if err != nil {
		return res, err
	}

	if interp.noRun {
		return res, err
	}

	return interp.Execute(prog)
}

// EvalWithContext evaluates Go code represented as a string. It returns
// a map on current interpreted package exported symbols.
func (interp *Interpreter) EvalWithContext(ctx context.Context, src string) (reflect.Value, error) {
	var v reflect.Value
	var err error

	interp.mutex.Lock()
	interp.done = make(chan struct{})
	interp.runStop = new(uint32)
	interp.cancelChan = !interp.opt.fastChan
	interp.mutex.Unlock()

	done := make(chan struct{})
	go func() {
		defer func() {
			if r := recover(); r != nil {
				var pc [64]uintptr
				n := runtime.Callers(1, pc[:])
				err = Panic{Value: r, Callers: pc[:n], Stack: debug.Stack()}
			}
			close(done)
		}()
		v, err = interp.Eval(src)
	}()

	select {
	case <-ctx.Done():
		interp.stop()
		return reflect.Value{}, ctx.Err()
	case <-done:
	}
	return v, err
}

// stop sends a semaphore to all running frames and closes the chan
// operation short circuit channel. stop may only be called once per
// invocation of EvalWithContext.
func (interp *Interpreter) stop() {
	atomic.AddUint64(&interp.id, 1)
	interp.mutex.RLock()
	atomic.StoreUint32(interp.runStop, 1)
	interp.mutex.RUnlock()
	close(interp.done)
}

// revive is called on the frame of a function value's call (gonotes
// patch). The frame belongs to the run that created the function value; if
// that run was stopped, the call belongs to the current run instead, so
// stopping a run never breaks closures created in it.
func (interp *Interpreter) revive(f *frame) {
	if !f.stopped() {
		return
	}
	interp.mutex.RLock()
	defer interp.mutex.RUnlock()
	f.storeCtl(&runCtl{stop: interp.runStop, done: reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(interp.done)}})
}

func (interp *Interpreter) runid() uint64 { return atomic.LoadUint64(&interp.id) }

// ignoreScannerError returns true if the error from Go scanner can be safely ignored
// to let the caller grab one more line before retrying to parse its input.
func ignoreScannerError(e *scanner.Error, s string) bool {
	msg := e.Msg
	if strings.HasSuffix(msg, "found 'EOF'") {
		return true
	}
	if msg == "raw string literal not terminated" {
		return true
	}
	if strings.HasPrefix(msg, "expected operand, found '}'") && !strings.HasSuffix(s, "}") {
		return true
	}
	return false
}

// ImportUsed automatically imports pre-compiled packages included by Use().
// This is mainly useful for REPLs, or single command lines. In case of an ambiguous default
// package name, for example "rand" for crypto/rand and math/rand, the package name is
// constructed by replacing the last "/" by a "_", producing crypto_rand and math_rand.
// ImportUsed should not be called more than once, and not after a first Eval, as it may
// rename packages.
func (interp *Interpreter) ImportUsed() {
	sc := interp.universe
	// gonotes patch: visit the packages in a fixed order and give a name
	// shared by several packages (rand, template, scanner, ...) to one of
	// them, always the same: upstream ranged over a map, so which package
	// `rand` meant (or whether it meant any) changed from run to run.
	keys := make([]string, 0, len(interp.binPkg))
	for k := range interp.binPkg {
		keys = append(keys, k)
	}
	owner := PackageNames(keys)
	for name, k := range owner {
		sc.sym[name] = &symbol{kind: pkgSym, typ: &itype{cat: binPkgT, path: k, scope: sc}}
	}
}

// PackageNames maps the names by which the packages at paths are known
// without an import (see ImportUsed) to their paths: a package's name is
// its path's last element, or the one before a major version suffix
// (math/rand/v2 is rand), and a name shared by several packages goes to
// one of them, always the same (gonotes patch).
func PackageNames(paths []string) map[string]string {
	keys := append([]string(nil), paths...)
	sort.Strings(keys)
	owner := map[string]string{}
	for _, k := range keys {
		name := path.Base(k)
		if isMajorVersion(name) && path.Dir(k) != "." {
			name = path.Base(path.Dir(k))
		}
		if prev, ok := owner[name]; ok && !preferredImport(k, prev) {
			continue
		}
		owner[name] = k
	}
	return owner
}

// preferredImport reports whether the package at path k should own a
// package name that the package at prev also has, when a program uses the
// name without importing either (gonotes patch): the package most programs
// mean (math/rand, text/template) or else the shorter path.
func preferredImport(k, prev string) bool {
	for _, p := range []string{"math/rand", "text/template", "text/scanner", "runtime/pprof", "crypto/rand"} {
		if k == p {
			return true
		}
		if prev == p {
			return false
		}
	}
	return len(k) < len(prev) || len(k) == len(prev) && k < prev
}

// isMajorVersion reports whether a path element is a major version suffix
// (v2, v3, ...), which is not the package's name (gonotes patch).
func isMajorVersion(elem string) bool {
	if len(elem) < 2 || elem[0] != 'v' || elem[1] == '0' {
		return false
	}
	for _, c := range elem[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// REPL performs a Read-Eval-Print-Loop on input reader.
// Results are printed to the output writer of the Interpreter, provided as option
// at creation time. Errors are printed to the similarly defined errors writer.
// The last interpreter result value and error are returned.
func (interp *Interpreter) REPL() (reflect.Value, error) {
	in, out, errs := interp.stdin, interp.stdout, interp.stderr
	ctx, cancel := context.WithCancel(context.Background())
	end := make(chan struct{})     // channel to terminate the REPL
	sig := make(chan os.Signal, 1) // channel to trap interrupt signal (Ctrl-C)
	lines := make(chan string)     // channel to read REPL input lines
	prompt := getPrompt(in, out)   // prompt activated on tty like IO stream
	s := bufio.NewScanner(in)      // read input stream line by line
	var v reflect.Value            // result value from eval
	var err error                  // error from eval
	src := ""                      // source string to evaluate

	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	prompt(v)

	go func() {
		defer close(end)
		for s.Scan() {
			lines <- s.Text()
		}
		if e := s.Err(); e != nil {
			fmt.Fprintln(errs, e)
		}
	}()

	go func() {
		for {
			select {
			case <-sig:
				cancel()
				lines <- ""
			case <-end:
				return
			}
		}
	}()

	for {
		var line string

		select {
		case <-end:
			cancel()
			return v, err
		case line = <-lines:
			src += line + "\n"
		}

		v, err = interp.EvalWithContext(ctx, src)
		if err != nil {
			switch e := err.(type) {
			case scanner.ErrorList:
				if len(e) > 0 && ignoreScannerError(e[0], line) {
					continue
				}
				fmt.Fprintln(errs, strings.TrimPrefix(e[0].Error(), DefaultSourceName+":"))
			case Panic:
				fmt.Fprintln(errs, e.Value)
				fmt.Fprintln(errs, string(e.Stack))
			default:
				fmt.Fprintln(errs, err)
			}
		}
		if errors.Is(err, context.Canceled) {
			ctx, cancel = context.WithCancel(context.Background())
		}
		src = ""
		prompt(v)
	}
}

func doPrompt(out io.Writer) func(v reflect.Value) {
	return func(v reflect.Value) {
		if v.IsValid() {
			fmt.Fprintln(out, ":", v)
		}
		fmt.Fprint(out, "> ")
	}
}

// getPrompt returns a function which prints a prompt only if input is a terminal.
func getPrompt(in io.Reader, out io.Writer) func(reflect.Value) {
	forcePrompt, _ := strconv.ParseBool(os.Getenv("YAEGI_PROMPT"))
	if forcePrompt {
		return doPrompt(out)
	}
	s, ok := in.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return func(reflect.Value) {}
	}
	stat, err := s.Stat()
	if err == nil && stat.Mode()&os.ModeCharDevice != 0 {
		return doPrompt(out)
	}
	return func(reflect.Value) {}
}
