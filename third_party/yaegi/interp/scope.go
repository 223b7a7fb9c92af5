package interp

import (
	"reflect"
	"strconv"
)

// A sKind represents the kind of symbol.
type sKind uint

// Symbol kinds for the Go interpreter.
const (
	undefSym   sKind = iota
	binSym           // Binary from runtime
	bltnSym          // Builtin
	constSym         // Constant
	funcSym          // Function
	labelSym         // Label
	pkgSym           // Package
	typeSym          // Type
	varTypeSym       // Variable type (generic)
	varSym           // Variable
)

var symKinds = [...]string{
	undefSym:   "undefSym",
	binSym:     "binSym",
	bltnSym:    "bltnSym",
	constSym:   "constSym",
	funcSym:    "funcSym",
	labelSym:   "labelSym",
	pkgSym:     "pkgSym",
	typeSym:    "typeSym",
	varTypeSym: "varTypeSym",
	varSym:     "varSym",
}

func (k sKind) String() string {
	if k < sKind(len(symKinds)) {
		return symKinds[k]
	}
	return "SymKind(" + strconv.Itoa(int(k)) + ")"
}

// A symbol represents an interpreter object such as type, constant, var, func,
// label, builtin or binary object. Symbols are defined within a scope.
type symbol struct {
	kind    sKind
	typ     *itype        // Type of value
	node    *node         // Node value if index is negative
	from    []*node       // list of goto nodes jumping to this label node, or nil
	recv    *receiver     // receiver node value, if sym refers to a method
	index   int           // index of value in frame or -1
	rval    reflect.Value // default value (used for constants)
	builtin bltnGenerator // Builtin function or nil
	global  bool          // true if symbol is defined in global space
	// gonotes patch: a global variable read or written by the body of a
	// function (see redefinedGlobals).
	captured bool
}

// scope type stores symbols in maps, and frame layout as array of types
// The purposes of scopes are to manage the visibility of each symbol
// and to store the memory frame layout information (type and index in frame)
// at each level (global, package, functions)
//
// scopes are organized in a stack fashion: a first scope (universe) is created
// once at global level, and for each block (package, func, for, etc...), a new
// scope is pushed at entry, and poped at exit.
//
// Nested scopes with the same level value use the same frame: it allows to have
// exactly one frame per function, with a fixed position for each variable (named
// or not), no matter the inner complexity (number of nested blocks in the function)
//
// In symbols, the index value corresponds to the index in scope.types, and at
// execution to the index in frame, created exactly from the types layout.
type scope struct {
	anc         *scope             // ancestor upper scope
	child       []*scope           // included scopes
	def         *node              // function definition node this scope belongs to, or nil
	loop        *node              // loop exit node for break statement
	loopRestart *node              // loop restart node for continue statement
	pkgID       string             // unique id of package in which scope is defined
	pkgName     string             // package name for the package
	types       []reflect.Type     // frame layout, may be shared by same level scopes
	level       int                // frame level: number of frame indirections to access var during execution
	sym         map[string]*symbol // map of symbols defined in this current scope
	global      bool               // true if scope refers to global space (single frame for universe and package level scopes)
	iota        int                // iota value in this scope
}

// push creates a new child scope and chain it to the current one.
func (s *scope) push(indirect bool) *scope {
	sc := &scope{anc: s, level: s.level, sym: map[string]*symbol{}}
	s.child = append(s.child, sc)
	if indirect {
		sc.types = []reflect.Type{}
		sc.level = s.level + 1
	} else {
		// Propagate size, types, def and global as scopes at same level share the same frame.
		sc.types = s.types
		sc.def = s.def
		sc.global = s.global
		sc.level = s.level
	}
	// inherit loop state and pkgID from ancestor
	sc.loop, sc.loopRestart, sc.pkgID = s.loop, s.loopRestart, s.pkgID
	return sc
}

func (s *scope) pushBloc() *scope { return s.push(false) }
func (s *scope) pushFunc() *scope { return s.push(true) }

func (s *scope) pop() *scope {
	if s.level == s.anc.level {
		// Propagate size and types, as scopes at same level share the same frame.
		s.anc.types = s.types
	}
	return s.anc
}

func (s *scope) upperLevel() *scope {
	level := s.level
	for s != nil && s.level == level {
		s = s.anc
	}
	return s
}

// lookup searches for a symbol in the current scope, and upper ones if not found
// it returns the symbol, the number of indirections level from the current scope
// and status (false if no result).
func (s *scope) lookup(ident string) (*symbol, int, bool) {
	level := s.level
	for {
		if sym, ok := s.sym[ident]; ok {
			if sym.global {
				return sym, globalFrame, true
			}
			return sym, level - s.level, true
		}
		if s.anc == nil {
			break
		}
		s = s.anc
	}
	return nil, 0, false
}

func (s *scope) rangeChanType(n *node) *itype {
	if sym, _, found := s.lookup(n.child[1].ident); found {
		if t := sym.typ; len(n.child) == 3 && t != nil && (t.cat == chanT || t.cat == chanRecvT) {
			return t
		}
	}

	c := n.child[len(n.child)-2] // gonotes patch: the range expression; child[1] is the value variable of "for k, v := range x"
	if c.typ == nil {
		return nil
	}
	switch {
	case c.typ.cat == chanT, c.typ.cat == chanRecvT:
		return c.typ
	case c.typ.cat == valueT && c.typ.rtype.Kind() == reflect.Chan:
		dir := chanSendRecv
		switch c.typ.rtype.ChanDir() {
		case reflect.RecvDir:
			dir = chanRecv
		case reflect.SendDir:
			dir = chanSend
		}
		return chanOf(valueTOf(c.typ.rtype.Elem()), dir)
	}

	return nil
}

// fixType returns the input type, or a valid default type for untyped constant.
func (s *scope) fixType(t *itype) *itype {
	if !t.untyped || t.cat != valueT {
		return t
	}
	switch typ := t.TypeOf(); typ.Kind() {
	case reflect.Int64:
		return s.getType("int")
	case reflect.Uint64:
		return s.getType("uint")
	case reflect.Float64:
		return s.getType("float64")
	case reflect.Complex128:
		return s.getType("complex128")
	}
	return t
}

func (s *scope) getType(ident string) *itype {
	// gonotes patch: the predeclared type, even if its name is declared
	// as something else (var string = 3, type int struct{}): the
	// interpreter asks for predeclared types by name (the default type of
	// a constant, the index of a range). (s17-errwords17: a type declared
	// with a predeclared type's name was taken: x := 5 was refused
	// "cannot convert untyped int to main.int", a local type int string
	// panicked at run time.)
	u := s
	for u.anc != nil {
		u = u.anc
	}
	if sym := u.sym[ident]; sym != nil && sym.kind == typeSym {
		return sym.typ
	}
	return s.lookupType(ident)
}

// predeclared reports whether ident in s is the universe's (not declared
// again by the program). gonotes patch.
func (s *scope) predeclared(ident string) bool {
	sym, _, found := s.lookup(ident)
	u := s
	for u.anc != nil {
		u = u.anc
	}
	return found && sym == u.sym[ident]
}

// lookupType returns the type named ident in s, or nil if ident is not a
// type there. gonotes patch: getType, without its fallback.
func (s *scope) lookupType(ident string) *itype {
	var t *itype
	if sym, _, found := s.lookup(ident); found {
		if sym.kind == typeSym {
			t = sym.typ
		}
	}
	return t
}

// add adds a type to the scope types array, and returns its index.
func (s *scope) add(typ *itype) (index int) {
	if typ == nil {
		panic("nil type") // gonotes patch: not through the host's standard logger
	}
	index = len(s.types)
	t := typ.frameType()
	if t == nil {
		panic("nil reflect type") // gonotes patch: not through the host's standard logger
	}
	s.types = append(s.types, t)
	return
}

func (interp *Interpreter) initScopePkg(pkgID, pkgName string) *scope {
	sc := interp.universe

	interp.mutex.Lock()
	if _, ok := interp.scopes[pkgID]; !ok {
		interp.scopes[pkgID] = sc.pushBloc()
	}
	sc = interp.scopes[pkgID]
	if sc.pkgID != pkgID || sc.pkgName != pkgName { // gonotes patch: goroutines read them (panicFunc); written once
		sc.pkgID = pkgID
		sc.pkgName = pkgName
	}
	interp.mutex.Unlock()
	return sc
}

// Globals returns a map of global variables and constants in the main package.
func (interp *Interpreter) Globals() map[string]reflect.Value {
	syms := map[string]reflect.Value{}
	interp.mutex.RLock()
	defer interp.mutex.RUnlock()

	v, ok := interp.srcPkg["main"]
	if !ok {
		return syms
	}

	for n, s := range v {
		switch s.kind {
		case constSym:
			syms[n] = s.rval
		case varSym:
			syms[n] = interp.frame.data[s.index]
		}
	}

	return syms
}

// ReleaseTemporaries zeroes the slots of the global frame added since its
// last call that belong to no package-level symbol (gonotes patch): the
// temporaries and block variables of statements compiled at the top level,
// as a REPL or a notebook cell runs them. They are used once, while those
// statements run, and would otherwise keep their last values (closures, the
// frames closures captured) alive for as long as the interpreter lives.
// With Options.NoDebugRoots, it also drops the syntax trees that the
// variables of the main package referred to (see below).
// Call it when no top-level statement is running.
func (interp *Interpreter) ReleaseTemporaries() {
	interp.mutex.Lock()
	defer interp.mutex.Unlock()
	f := interp.frame
	if f == nil {
		return
	}
	f.mutex.Lock()
	defer f.mutex.Unlock()
	if interp.tempMark >= len(f.data) && len(interp.tempHeld) == 0 { // gonotes patch: tempHeld
		interp.tempMark = len(f.data)
		return
	}
	// gonotes patch: the slots to release are those added since the last
	// call, those held back then, and those of redefined variables; a
	// walk of the symbols keeps the ones a symbol refers to. Only these
	// few slots are looked up, instead of a set of every symbol's slot
	// built on every call.
	held := interp.tempHeld
	interp.tempHeld = nil
	for i := interp.tempMark; i < len(f.data); i++ {
		held = append(held, i)
	}
	old := interp.redefinedGlobals()
	cand := make(map[int]bool, len(held)+len(old))
	for _, i := range held {
		cand[i] = false
	}
	for _, s := range old {
		cand[s.index] = false
	}
	// Each map of symbols is walked once: srcPkg holds the maps of the
	// package scopes.
	walked := map[uintptr]bool{}
	mark := func(syms map[string]*symbol, main bool) {
		p := reflect.ValueOf(syms).Pointer()
		if walked[p] {
			return
		}
		walked[p] = true
		for _, s := range syms {
			if s.index >= 0 {
				if _, ok := cand[s.index]; ok {
					cand[s.index] = true
				}
			}
			// gonotes patch: a global variable's symbol pointed at the
			// statement that declared it, and through its ancestors at
			// the whole syntax tree of its input (every statement, with
			// its compiled code), kept for as long as the variable
			// exists, even redefined (code compiled before refers to the
			// old symbol). Once its input is compiled and its type known,
			// only the debugger reads it (and the order of the
			// initialisations of one input, by identity).
			if main && s.kind == varSym && s.global && s.node != nil && s.typ != nil && s.typ.isComplete() {
				s.node = nil
			}
		}
	}
	mark(interp.universe.sym, false)
	for id, sc := range interp.scopes {
		mark(sc.sym, id == mainID && interp.noRoots)
		if interp.noRoots {
			// Only the debugger reads the block scopes of a package scope.
			sc.child = nil
		}
	}
	for _, syms := range interp.srcPkg {
		mark(syms, false)
	}
	// gonotes patch: the temporaries of a run still going on (abandoned
	// by ExecuteWithContext, its statements may still read them) are
	// released by a later call, once the run has ended.
	for _, i := range held {
		switch {
		case cand[i] || i >= len(f.data):
		case interp.liveSlot(i):
			interp.tempHeld = append(interp.tempHeld, i)
		default:
			f.data[i] = reflect.Value{}
		}
	}
	interp.tempMark = len(f.data)
	// gonotes patch: the slots of redefined variables.
	for _, s := range old {
		if !cand[s.index] && !interp.liveSlot(s.index) {
			f.data[s.index] = reflect.Value{}
		}
	}
}

// liveSlot reports whether global frame slot i was added by a run of
// Execute still going on (gonotes patch). Call with interp.mutex held.
func (interp *Interpreter) liveSlot(i int) bool {
	for _, s := range interp.liveRuns {
		if i >= s[0] && i < s[1] {
			return true
		}
	}
	return false
}

// redefinedGlobals returns the symbols of the variables of the main
// package that a later input declared again since its last call (gonotes
// patch), whose slots ReleaseTemporaries zeroes unless a current symbol
// refers to them: `x := 1` in a REPL input, then `x := 2` in another makes
// a new variable, and the first one's slot kept its value for ever. Code
// compiled before the redefinition may still read the old variable: a
// function (or func literal) whose body refers to it marks it
// (symbol.captured) and keeps it. Top-level statements that referred to
// it have run. Call with the frame locked.
func (interp *Interpreter) redefinedGlobals() []*symbol {
	sc := interp.scopes[mainID]
	if sc == nil {
		return nil
	}
	if interp.globals == nil {
		interp.globals = map[string]*symbol{}
	}
	f := interp.frame
	var out []*symbol
	release := func(old *symbol) {
		if !old.captured && old.index >= 0 && old.index < len(f.data) {
			out = append(out, old)
		}
	}
	// One pass over the symbols: the variables declared again replace
	// theirs; a second one over the known variables only if some name is
	// no longer a variable (a failed compilation undone, a func now).
	vars := 0
	for name, s := range sc.sym {
		if s.kind != varSym || !s.global || s.index < 0 {
			continue
		}
		vars++
		old := interp.globals[name]
		if old == s {
			continue
		}
		if old != nil {
			release(old)
		}
		interp.globals[name] = s
	}
	if vars < len(interp.globals) {
		for name, old := range interp.globals {
			if cur := sc.sym[name]; cur != old {
				delete(interp.globals, name)
				release(old)
			}
		}
	}
	return out
}
