package interp

// gonotes patch (s17-caller): the interpreted call stack, for compiled
// functions that ask for their caller (runtime.Caller, log's Lshortfile).
//
// Compiled code called by interpreted code sees only the interpreter's own
// Go frames: runtime.Caller(1) in a compiled function called from a cell
// names reflect's value.go. Every interpreted call notes in the callee's
// frame the caller's frame and the call's node (frame.from, frame.fromAt:
// two stores where the call already stores its depth). A host registers
// a StackBinder: a call of a compiled function or method that the binder
// accepts gives it the Stack of the call, from which the positions of the
// interpreted callers are computed only when asked (Frames).

import (
	"go/token"
	"reflect"
	"strconv"
	"strings"
)

// CallFrame is one interpreted call of a Stack: the position of a call and
// the function it is in.
type CallFrame struct {
	Pos token.Position
	// Func names the function as the Go runtime does: "main.f",
	// "main.(*T).M", "main.T.M", "main.f.func1" for the first func literal
	// of f, "main.f.func1.2" for the second one inside that literal. It is
	// "" for code outside any function (a cell's statements). A func
	// literal without a position (one the host added around code, see
	// Generated) is not a function of its own: its code is named as the
	// function around it, and it is not counted among that function's
	// literals.
	Func string
	// Generated: the code runs in a func literal without a position.
	Generated bool
}

// Stack is the interpreted call stack at a call of a compiled function
// bound by a StackBinder. It is valid only during that call.
type Stack struct {
	f *frame
	n *node
}

// StackEnd tells why a Stack's frames end.
type StackEnd int

// The ends of a Stack's frames.
const (
	// EndUnknown: the last function was called by compiled code (a
	// callback, a deferred func literal): its callers are not known.
	EndUnknown StackEnd = iota
	// EndGlobal: the last frame is the global frame (a cell's statements).
	EndGlobal
	// EndGoroutine: the last function is the one a go statement started.
	EndGoroutine
)

// Frames returns the interpreted calls of the stack, innermost first: the
// call of the compiled function, then the call of the function that made
// it, and so on, and why they end.
func (s Stack) Frames() (calls []CallFrame, end StackEnd) {
	at, f := s.n, s.f
	for at != nil {
		name, gen := funcNameOf(at)
		calls = append(calls, CallFrame{Pos: at.interp.fset.Position(at.pos), Func: name, Generated: gen})
		switch {
		case f == nil:
			return calls, EndUnknown
		case f == f.root:
			return calls, EndGlobal
		case f.from == nil && f.fromAt != nil:
			return calls, EndGoroutine
		}
		at, f = f.fromAt, f.from
	}
	return calls, EndUnknown
}

// StackBinder decides, when a call of a compiled function (fn, recv nil)
// or of the method named method of a compiled receiver type recv is
// compiled, whether the call gives the callee its interpreted stack: it
// returns nil for most, else bind, which each call then calls with the
// Stack, the function value to call (for a method, the method value) and
// the receiver (for a method), and calls the function bind returns (of
// the same type) instead.
type StackBinder func(fn reflect.Value, recv reflect.Type, method string) (bind func(st Stack, fn, recv reflect.Value) reflect.Value)

// SetStackBinder sets the binder consulted by the calls compiled from then
// on (nil: none).
func (interp *Interpreter) SetStackBinder(b StackBinder) {
	interp.mutex.Lock()
	interp.stackBinder = b
	interp.mutex.Unlock()
}

// stackBind returns the binder's bind for the callee c0 of a call of a
// compiled function, and a generator of the receiver of a method; nil if
// there is none.
func (interp *Interpreter) stackBind(c0 *node) (func(st Stack, fn, recv reflect.Value) reflect.Value, func(*frame) reflect.Value) {
	interp.mutex.RLock()
	b := interp.stackBinder
	interp.mutex.RUnlock()
	if b == nil {
		return nil, nil
	}
	if sel := c0.binMethod; sel != nil && c0.action == aGetMethod && len(c0.child) == 2 {
		bind := b(reflect.Value{}, sel.typ, c0.child[1].ident)
		if bind == nil {
			return nil, nil
		}
		v := genValue(c0.child[0])
		switch sel.mode {
		case binRecvAddr:
			return bind, func(f *frame) reflect.Value { return v(f).Addr() }
		case binRecvElem:
			return bind, func(f *frame) reflect.Value { return v(f).Elem() }
		default:
			return bind, v
		}
	}
	if bind, recv := promotedBinBind(b, c0); bind != nil {
		return bind, recv // gonotes patch (s19-misc19)
	}
	if c0.rval.IsValid() && c0.rval.Kind() == reflect.Func && !c0.rval.IsNil() {
		return b(c0.rval, nil, ""), nil
	}
	return nil, nil
}

// promotedBinBind is stackBind for the callee c0 of a call of a method
// promoted from an embedded field of a compiled type (c.Parse, c of a
// struct type embedding *flag.FlagSet; cfg.go lookupBinMethod): the
// binder is asked about the field's type and the method, and the receiver
// is the field (its address for a method of the pointer). gonotes patch
// (s19-misc19).
func promotedBinBind(b StackBinder, c0 *node) (func(st Stack, fn, recv reflect.Value) reflect.Value, func(*frame) reflect.Value) {
	if c0.kind != selectorExpr || c0.action != aGetMethod || c0.binMethod != nil || len(c0.child) != 2 || c0.recv == nil || c0.child[0].typ == nil {
		return nil, nil
	}
	idx, ok := c0.val.([]int)
	if !ok || len(idx) < 2 || len(c0.recv.index) != len(idx)-1 || isInterfaceSrc(c0.child[0].typ) {
		return nil, nil
	}
	ft := c0.child[0].typ.fieldSeq(c0.recv.index)
	if ft == nil || !(ft.cat == valueT || ft.cat == ptrT && ft.val != nil && ft.val.cat == valueT) {
		return nil, nil
	}
	rt, name, addr := ft.TypeOf(), c0.child[1].ident, false
	if rt == nil || rt.Kind() == reflect.Interface {
		return nil, nil
	}
	if _, ok := rt.MethodByName(name); !ok {
		rt, addr = reflect.PointerTo(rt), true
	}
	bind := b(reflect.Value{}, rt, name)
	if bind == nil {
		return nil, nil
	}
	v, fi := genValue(c0.child[0]), idx[1:]
	return bind, func(f *frame) reflect.Value {
		x := v(f)
		if x.Kind() == reflect.Ptr {
			if x.IsNil() {
				return reflect.Value{}
			}
			x = x.Elem()
		}
		x = x.FieldByIndex(fi)
		if addr {
			if !x.CanAddr() {
				return reflect.Value{}
			}
			x = x.Addr()
		}
		return x
	}
}

// funcNameOf returns the name of the function holding n as the Go runtime
// names it (see CallFrame.Func), and whether n is in a generated literal.
func funcNameOf(n *node) (string, bool) {
	def := enclosingFunc(n)
	gen := def != nil && def.kind == funcLit && !def.pos.IsValid()
	for def != nil && def.kind == funcLit && !def.pos.IsValid() {
		def = enclosingFunc(def)
	}
	if def == nil {
		return "", gen
	}
	pkg := "main"
	if n.scope != nil && n.scope.pkgID != "" {
		pkg = n.scope.pkgID
	}
	return funcNameOfDef(def, pkg), gen
}

// enclosingFunc returns the func declaration or literal around n, or nil.
func enclosingFunc(n *node) *node {
	for a := n.anc; a != nil; a = a.anc {
		if a.kind == funcDecl || a.kind == funcLit {
			return a
		}
	}
	return nil
}

// genericInstanceMark marks the (emptied) type parameter list of an
// instance of a generic func (gonotes patch, s18-misc18).
const genericInstanceMark = "[...]"

func funcNameOfDef(def *node, pkg string) string {
	if def.kind == funcDecl {
		name := def.child[1].ident
		if recv := def.child[0]; len(recv.child) > 0 && len(recv.child[0].child) > 0 {
			t := recv.child[0].lastChild()
			star := false
			if t.kind == starExpr && len(t.child) > 0 {
				star, t = true, t.child[0]
			}
			generic := false // gonotes patch (s18-misc18): gc names a generic type's methods T[...].M
			if t.kind == indexExpr || t.kind == indexListExpr {
				t, generic = t.child[0], true
			}
			tn := t.ident
			if i := strings.IndexByte(tn, '['); i >= 0 { // an instance's receiver type is named T[int]
				tn, generic = tn[:i], true
			}
			if generic {
				tn += "[...]"
			}
			if star {
				tn = "(*" + tn + ")"
			}
			return pkg + "." + tn + "." + name
		}
		if name == "init" { // gonotes patch (s18-misc18): gc numbers a package's init funcs
			return pkg + ".init." + strconv.Itoa(initNumber(def))
		}
		if ft := def.child[2]; ft.kind == funcType && len(ft.child) > 0 && ft.child[0].kind == fieldList && (len(ft.child[0].child) > 0 || ft.child[0].ident == genericInstanceMark) {
			return pkg + "." + name + "[...]" // gonotes patch (s18-misc18): a generic func, as gc names it
		}
		return pkg + "." + name
	}
	// A func literal: the number of the literal among those of the function
	// (or literal) around it, in source order; generated literals are not
	// counted, their own literals are.
	outer := enclosingFunc(def)
	for outer != nil && outer.kind == funcLit && !outer.pos.IsValid() {
		outer = enclosingFunc(outer)
	}
	k, root := 0, outer
	if root == nil {
		root = def
		for root.anc != nil {
			root = root.anc
		}
	}
	found := false
	root.Walk(func(m *node) bool {
		if found {
			return false
		}
		if m.kind == funcLit && m != root && m.pos.IsValid() {
			k++
			if m == def {
				found = true
			}
			return false // its own literals are numbered inside it
		}
		return true
	}, nil)
	num := strconv.Itoa(k)
	switch {
	case outer == nil:
		if k, ok := initLitNumber(def); ok {
			return pkg + ".init.func" + strconv.Itoa(k) // gonotes patch (s19-misc19)
		}
		return pkg + ".main.func" + num
	case outer.kind == funcDecl:
		return funcNameOfDef(outer, pkg) + ".func" + num
	default:
		return funcNameOfDef(outer, pkg) + "." + num
	}
}

// initNumber returns the number gc gives the init func def: its rank
// among the init funcs of the package, those of the cells compiled before
// its cell first (gonotes patch, s18-misc18).
func initNumber(def *node) int {
	root := def
	for root.anc != nil {
		root = root.anc
	}
	k := 0
	for _, c := range root.child {
		if c == def {
			break
		}
		if isInitDecl(c) {
			k++
		}
	}
	if b, ok := def.interp.initBase.Load(root); ok {
		k += b.(int)
	}
	return k
}

// isInitDecl reports whether n declares a package's init func.
func isInitDecl(n *node) bool {
	return n.kind == funcDecl && len(n.child) > 1 && n.child[1].ident == "init" && len(n.child[0].child) == 0
}

// noteInits records the number of the first init func of the file root of
// package pkg, and counts its init funcs (gonotes patch, s18-misc18); and
// likewise for the func literals of its package-level variable
// declarations (initLitNumber; gonotes patch, s19-misc19).
func (interp *Interpreter) noteInits(pkg string, root *node) {
	k := 0
	for _, c := range root.child {
		if isInitDecl(c) {
			k++
		}
	}
	lits := len(initLits(root))
	if k == 0 && lits == 0 {
		return
	}
	interp.mutex.Lock()
	if interp.initNext == nil {
		interp.initNext = map[string]int{}
	}
	base := interp.initNext[pkg]
	interp.initNext[pkg] = base + k
	litBase := interp.initNext[pkg+" lits"]
	interp.initNext[pkg+" lits"] = litBase + lits
	interp.mutex.Unlock()
	if k > 0 {
		interp.initBase.Store(root, base)
	}
	if lits > 0 {
		interp.initLitBase.Store(root, litBase)
	}
}

// initLits returns the func literals of the package-level variable
// declarations of the file root (var f = func() {...}), in source order,
// not those inside them. gc names them pkg.init.func1, pkg.init.func2...
// (in the order the variables are initialized, which is the source order
// unless a variable depends on one declared after it). gonotes patch
// (s19-misc19).
func initLits(root *node) []*node {
	var lits []*node
	for _, c := range root.child {
		if c.kind != varDecl {
			continue
		}
		c.Walk(func(m *node) bool {
			if m.kind == funcLit && m.pos.IsValid() {
				lits = append(lits, m)
				return false
			}
			return true
		}, nil)
	}
	return lits
}

// noteInitLitOrder numbers the func literals of the package-level
// variables of the files roots in the order their variables are
// initialized (specs, genGlobalVarDecl's order), after those of the files
// compiled before them. gonotes patch (s19-misc19).
func noteInitLitOrder(roots, specs []*node) {
	if len(roots) == 0 || roots[0].interp == nil {
		return
	}
	interp := roots[0].interp
	base := -1
	for _, r := range roots {
		if b, ok := interp.initLitBase.Load(r); ok && (base < 0 || b.(int) < base) {
			base = b.(int)
		}
	}
	if base < 0 {
		return // no literals
	}
	k := base
	for _, spec := range specs {
		spec.Walk(func(m *node) bool {
			if m.kind == funcLit && m.pos.IsValid() {
				k++
				interp.initLitNum.Store(m.pos, k)
				return false
			}
			return true
		}, nil)
	}
}

// initLitNumber returns the number gc gives the func literal def if it is
// one of initLits of its file, counting those of the files compiled before
// it: in the order of the variables' initialization (noteInitLitOrder), or
// else in source order. gonotes patch (s19-misc19).
func initLitNumber(def *node) (int, bool) {
	if k, ok := def.interp.initLitNum.Load(def.pos); ok {
		return k.(int), true
	}
	root := def
	for root.anc != nil {
		root = root.anc
	}
	for i, l := range initLits(root) {
		if l == def {
			k := i + 1
			if b, ok := def.interp.initLitBase.Load(root); ok {
				k += b.(int)
			}
			return k, true
		}
	}
	return 0, false
}

// methodValueBind returns, for a method value of a compiled receiver (the
// selector n not called there: f := fs.Parse), the binder's bind applied
// when the value is made, with an empty Stack (its Frames are unknown):
// what a binder changes about a method (flag.FlagSet's Parse ending a
// cell as os.Exit) holds for its method values too. nil if the binder
// takes no such method, or n is a callee. gonotes patch (s20-lead).
func methodValueBind(n *node) func(recv, method reflect.Value) reflect.Value {
	if a := n.anc; a != nil && isCall(a) && a.child[0] == n {
		return nil
	}
	sel := n.binMethod
	if sel == nil || n.action != aGetMethod || len(n.child) != 2 {
		return nil
	}
	n.interp.mutex.RLock()
	b := n.interp.stackBinder
	n.interp.mutex.RUnlock()
	if b == nil {
		return nil
	}
	bind := b(reflect.Value{}, sel.typ, n.child[1].ident)
	if bind == nil {
		return nil
	}
	return func(recv, method reflect.Value) reflect.Value { return bind(Stack{}, method, recv) }
}
