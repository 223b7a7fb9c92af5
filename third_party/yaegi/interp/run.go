package interp

//go:generate go run ../internal/cmd/genop/genop.go

import (
	"errors"
	"fmt"
	"go/constant"
	"go/token" // gonotes patch: complexConst
	"io"       // gonotes patch (speed8)
	"reflect"
	"strings"
	"sync"         // gonotes patch (s17): fmt converters of interface arguments
	"sync/atomic"  // gonotes patch: typeAssert
	"unicode/utf8" // gonotes patch
	"unsafe"

	"github.com/traefik/yaegi/internal/unsafe2" // gonotes patch
)

// bltn type defines functions which run at CFG execution.
type bltn func(f *frame) bltn

// bltnGenerator type defines a builtin generator function.
type bltnGenerator func(n *node)

var builtin = [...]bltnGenerator{
	aNop:          nop,
	aAddr:         addr,
	aAssign:       assign,
	aAdd:          add,
	aAddAssign:    addAssign,
	aAnd:          and,
	aAndAssign:    andAssign,
	aAndNot:       andNot,
	aAndNotAssign: andNotAssign,
	aBitNot:       bitNot,
	aCall:         call,
	aCallSlice:    call,
	aCase:         _case,
	aCompositeLit: arrayLit,
	aDec:          dec,
	aEqual:        equalDyn, // gonotes patch (s9): dyntype.go
	aGetFunc:      getFunc,
	aGreater:      greater,
	aGreaterEqual: greaterEqual,
	aInc:          inc,
	aLand:         land,
	aLor:          lor,
	aLower:        lower,
	aLowerEqual:   lowerEqual,
	aMul:          mul,
	aMulAssign:    mulAssign,
	aNeg:          neg,
	aNot:          not,
	aNotEqual:     notEqualDyn, // gonotes patch (s9): dyntype.go
	aOr:           or,
	aOrAssign:     orAssign,
	aPos:          pos,
	aQuo:          quo,
	aQuoAssign:    quoAssign,
	aRange:        _range,
	aRecv:         recv,
	aRem:          rem,
	aRemAssign:    remAssign,
	aReturn:       _return,
	aSend:         send,
	aShl:          shl,
	aShlAssign:    shlAssign,
	aShr:          shr,
	aShrAssign:    shrAssign,
	aSlice:        slice,
	aSlice0:       slice0,
	aStar:         deref,
	aSub:          sub,
	aSubAssign:    subAssign,
	aTypeAssert:   typeAssertShort,
	aXor:          xor,
	aXorAssign:    xorAssign,
}

type valueInterface struct {
	node  *node
	value reflect.Value
}

var floatType, complexType reflect.Type

func init() {
	floatType = reflect.ValueOf(0.0).Type()
	complexType = reflect.ValueOf(complex(0, 0)).Type()
}

func (interp *Interpreter) run(n *node, cf *frame) {
	if n == nil {
		return
	}
	var f *frame
	if cf == nil {
		f = interp.frame
	} else {
		f = newFrame(cf, len(n.types), interp.runid())
	}
	interp.mutex.RLock()
	c := reflect.ValueOf(interp.done)
	interp.mutex.RUnlock()

	f.storeCtl(&runCtl{stop: f.loadCtl().stop, done: reflect.SelectCase{Dir: reflect.SelectRecv, Chan: c}}) // gonotes patch: see runCtl

	for i, t := range n.types {
		f.data[i] = reflect.New(t).Elem()
	}
	runCfg(n.start, f, n, nil)
}

func isExecNode(n *node, exec bltn) bool {
	if n == nil || n.exec == nil || exec == nil {
		return false
	}

	a1 := reflect.ValueOf(n.exec).Pointer()
	a2 := reflect.ValueOf(exec).Pointer()
	return a1 == a2
}

// originalExecNode looks in the tree of nodes for the node which has exec,
// aside from n, in order to know where n "inherited" that exec from.
func originalExecNode(n *node, exec bltn) *node {
	if exec == nil {
		// gonotes patch (speed8): no node has a nil exec that the walk
		// below could match (it skips them), so the answer is nil; the
		// walk of the whole tree, with a map of every node, cost 15 µs
		// per frame that a panic went through (runCfg's deferred function
		// passes the exec it declares, which its loops shadow: always nil).
		return nil
	}
	execAddr := reflect.ValueOf(exec).Pointer()
	var originalNode *node
	seen := make(map[int64]struct{})
	root := n
	for {
		root = root.anc
		if root == nil {
			break
		}
		if _, ok := seen[root.index]; ok {
			continue
		}

		root.Walk(func(wn *node) bool {
			if _, ok := seen[wn.index]; ok {
				return false // gonotes patch: was true, endless in a cyclic AST (a recursive generic function)
			}
			seen[wn.index] = struct{}{}
			if wn.index == n.index {
				return true
			}
			if wn.exec == nil {
				return true
			}
			if reflect.ValueOf(wn.exec).Pointer() == execAddr {
				originalNode = wn
				return false
			}
			return true
		}, nil)

		if originalNode != nil {
			break
		}
	}

	return originalNode
}

// cloned from net/http/server.go , so we can enforce a similar behavior:
// in the stdlib, this error is used as sentinel in panic triggered e.g. on
// request cancellation, in order to catch it and suppress it in a following defer.
// in yaegi, we use it to suppress a "panic" log message that happens in the
// same circumstances.
var errAbortHandler = errors.New("net/http: abort Handler")

// Functions set to run during execution of CFG.

// writePanicLine writes to the interpreter's stderr the line of a frame
// that a panic goes through, the text of
// fmt.Fprintln(stderr, n.cfgErrorf("panic: %s(...)", panicFunc(n.scope)))
// (gonotes patch, speed8: one position lookup and no fmt, the formatting
// was most of the cost of unwinding an interpreted frame).
// lineNode returns the node at whose line a panic going through f is
// reported: the step of a program whose generic exec ran (panicAt), the
// call step whose callee ran (callAt), else the node among those of the
// function around n (the body that runCfg runs from n) whose exec is exec,
// else n. It forgets panicAt and callAt. gonotes patch (s11-lines):
// upstream matched exec by its code pointer (shared by every node of one
// generator) and runCfg's loop shadowed exec, so every line was the first
// of the function.
func (f *frame) lineNode(n *node, exec bltn) *node {
	if f == f.root {
		// The global frame (a cell's statements): its host reports the
		// statement that ran (gonotes' kernel: "at line N in cell").
		f.panicAt, f.callAt, f.runAt = nil, nil, nil
		return n
	}
	if in := f.panicAt; in != nil && in.x.self != nil {
		f.panicAt, f.callAt, f.runAt = nil, nil, nil
		return in.x.self
	}
	if in := f.callAt; in != nil && in.x.self != nil {
		f.panicAt, f.callAt, f.runAt = nil, nil, nil
		return in.x.self
	}
	if exec == nil {
		exec = f.runAt
	}
	f.runAt = nil
	if m := execNode(n, exec); m != nil {
		return m
	}
	return n
}

// execNode returns the node of the function around n whose exec (or
// generic exec, under a fast step) is the closure exec, or nil.
func execNode(n *node, exec bltn) *node {
	if n == nil || exec == nil {
		return nil
	}
	fv := *(*unsafe.Pointer)(unsafe.Pointer(&exec))
	same := func(e bltn) bool { return e != nil && *(*unsafe.Pointer)(unsafe.Pointer(&e)) == fv }
	root := n
	for root.anc != nil && root.kind != funcDecl && root.kind != funcLit {
		root = root.anc
	}
	var found *node
	seen := map[*node]bool{}
	root.Walk(func(m *node) bool {
		if found != nil || seen[m] {
			return false
		}
		seen[m] = true
		if m != root && (m.kind == funcLit || m.kind == funcDecl) {
			return false // another function's body
		}
		if same(m.exec) || m.fast != nil && same(m.fast.orig) {
			found = m
			return false
		}
		return true
	}, nil)
	return found
}

func writePanicLine(n *node) {
	pos := n.interp.fset.Position(n.pos)
	posString := pos.String()
	if pos.Filename == DefaultSourceName {
		posString = strings.TrimPrefix(posString, DefaultSourceName+":")
	}
	_, _ = io.WriteString(n.interp.stderr, posString+": panic: "+panicFunc(n.scope)+"(...)\n")
}

func panicFunc(s *scope) string {
	if s == nil {
		return ""
	}
	def := s.def
	if def == nil {
		return s.pkgID
	}
	switch def.kind {
	case funcDecl:
		if c := def.child[1]; c.kind == identExpr {
			return s.pkgID + "." + c.ident
		}
	case funcLit:
		if def.anc != nil {
			return panicFunc(def.anc.scope) + ".func"
		}
	}
	return s.pkgID
}

// runCfg executes a node AST by walking its CFG and running node builtin at each step.
func runCfg(n *node, f *frame, funcNode, callNode *node) {
	// gonotes patch: a panic that the frame's deferred calls did not
	// recover goes on from here, after runFrame has returned, not from
	// runFrame's deferred function: a panic raised by a deferred function
	// that recovered another one does not unwind the stack, so every
	// frame with a deferred call kept its predecessors' panics on the
	// stack and the next panic walked them all (unwinding N such frames
	// took time quadratic in N: a runaway recursion with a defer in each
	// call, 20,000 deep, took 86 s to report).
	if v, panicking := runFrame(n, f, funcNode, callNode); panicking {
		panic(v)
	}
}

// runFrame runs the function body n on f for runCfg. It recovers a panic
// only to run the frame's deferred calls, and then returns it with
// panicking set, for runCfg to raise it again. gonotes patch.
func runFrame(n *node, f *frame, funcNode, callNode *node) (repanic any, panicking bool) {
	var exec bltn
	completed := false // gonotes patch
	defer func() {
		if completed && f != f.root && len(f.deferred) == 0 && f.recovered == nil {
			// gonotes patch: nothing to do at the normal end of a function
			// without deferred calls; its frame runs on this goroutine
			// only (the global frame is shared: it takes the lock).
			return
		}
		f.mutex.Lock()
		if !completed && len(f.deferred) == 0 {
			// gonotes patch: a panic goes through a frame that has no
			// deferred call. Recovering and panicking again at every frame
			// makes unwinding quadratic in the depth (20,000 nested calls:
			// 9 s); let the panic go on, and only print the frame's line.
			f.mutex.Unlock()
			writePanicLine(f.lineNode(n, exec)) // gonotes patch (speed8, s11-lines)
			return
		}
		f.recovered = runtimePanic(recover()) // gonotes patch
		recovered := false                    // gonotes patch (s16-public11a): see SetUnwindHook
		if len(f.deferred) > 0 {              // gonotes patch: once, none on exit
			// gonotes patch: the calls run without the frame's lock (a
			// call that panics left it locked, and the next use of the
			// frame hung), and a panic in one replaces the current one
			// but does not skip the others, as in Go.
			calls := n.interp.takeDeferred(f, completed)
			unwinding := !completed && f.recovered != nil && len(calls) > 0
			r := f.recovered
			f.mutex.Unlock()
			if unwinding {
				n.interp.unwound(r, true) // gonotes patch (s16-public11a)
			}
			for _, val := range calls {
				if !runDeferred(n.interp, f, val) { // gonotes patch (s20-lead): the interpreter, for PanicChain
					break
				}
			}
			f.mutex.Lock()
			recovered = unwinding && f.recovered == nil
			if !completed && f.recovered == nil && f == n.interp.frame {
				// gonotes patch: see TopLevelRecovered.
				n.interp.noteTopRecovered()
			}
		}
		if f.recovered != nil {
			oNode := f.lineNode(n, exec) // gonotes patch (s11-lines)
			errorer, ok := f.recovered.(error)
			// in this specific case, the stdlib would/will suppress the panic, so we
			// suppress the logging here accordingly, to get a similar and consistent
			// behavior.
			if !ok || errorer.Error() != errAbortHandler.Error() {
				writePanicLine(oNode) // gonotes patch (speed8)
			}
			repanic, panicking = f.recovered, true
			f.mutex.Unlock()
			return
		}
		f.mutex.Unlock()
		if recovered {
			n.interp.unwound(nil, false) // gonotes patch (s16-public11a)
		}
	}()

	dbg := n.interp.debugger
	if dbg == nil {
		// gonotes patch (s11-lines): exec is the deferred function's, so
		// that a panic is reported at the line of the exec that runs.
		for exec = n.exec; exec != nil && !f.stopped(); {
			exec = exec(f)
		}
		completed = true // gonotes patch
		return
	}

	if n.exec == nil {
		return
	}

	dbg.enterCall(funcNode, callNode, f)
	defer dbg.exitCall(funcNode, callNode, f)

	for m, exec := n, n.exec; !f.stopped(); {
		if dbg.exec(m, f) {
			break
		}

		exec = exec(f)
		if exec == nil {
			break
		}

		if m == nil {
			m = originalExecNode(n, exec)
			continue
		}

		switch {
		case isExecNode(m.tnext, exec):
			m = m.tnext
		case isExecNode(m.fnext, exec):
			m = m.fnext
		default:
			m = originalExecNode(m, exec)
		}
	}
	completed = true // gonotes patch
	return
}

// binHasMethods reports whether the compiled type rt has the methods of the
// interpreted interface type typ. gonotes patch.
func binHasMethods(rt reflect.Type, typ *itype) bool {
	// gonotes patch (s12): with their signatures (binImplementsSrc):
	// *fmt.wrapError, whose Unwrap returns an error, satisfied
	// interface{ Unwrap() []error }, and the call of its Unwrap crashed.
	return len(typ.methods()) > 0 && binImplementsSrc(rt, typ)
}

// binImplements reports whether the compiled type rt implements the
// interpreted interface type typ of a type switch case (see
// binHasMethods). gonotes patch.
func binImplements(rt reflect.Type, typ *itype) bool {
	return isInterfaceSrc(typ) && binHasMethods(rt, typ)
}

// argCopy returns a copy of the argument v of a deferred call or of a go
// statement if v is a variable (a frame location): the call must get its
// value at the defer or go statement, not when the call runs (gonotes
// patch).
func argCopy(v reflect.Value) reflect.Value {
	if !v.CanSet() {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

// runDeferred runs the deferred call val of frame f. A panic in the call
// becomes the frame's current panic (f.recovered), which a later deferred
// call may recover. It returns false if the remaining deferred calls must
// not run (the panic ends the program as os.Exit does, see SkipsDeferred).
// gonotes patch.
// deferSpread returns the deferred call val (the func, then its
// arguments) of a call with a spread slice, defer f(a, s...), as a call of
// a func without arguments that calls f with s as its variadic parameter
// (CallSlice). runDeferred calls the func with Call, which took s for one
// element of the variadic parameter: "reflect: cannot use []int as type
// int in Call", and defer fmt.Println(xs...) printed [b 3] for b 3.
// gonotes patch (s19-public19).
func deferSpread(val []reflect.Value) []reflect.Value {
	fn, args := val[0], val[1:]
	return []reflect.Value{reflect.ValueOf(func() { fn.CallSlice(args) })}
}

func runDeferred(interp *Interpreter, f *frame, val []reflect.Value) (goOn bool) {
	f.mutex.Lock()
	prev := f.recovered // gonotes patch (s20-lead): the panic the call runs in, if any
	f.mutex.Unlock()
	defer func() {
		if r := recover(); r != nil {
			r = runtimePanic(r)
			f.mutex.Lock()
			// gonotes patch (s20-lead): a panic of a deferred call while
			// another unwinds the frame follows it (see PanicChain); the
			// call recovered the other one if the frame no longer holds it.
			recovered := f.recovered == nil
			f.recovered = r
			f.mutex.Unlock()
			if prev != nil && !skipsDeferred(r) {
				interp.panicChains.follow(prev, recovered, r)
			}
			goOn = !skipsDeferred(r)
		}
	}()
	val[0].Call(val[1:])
	if prev != nil { // gonotes patch (s20-lead)
		// The call recovered the panic and returned: the panic is over,
		// and no later one follows it (until then, one does, as
		// "[recovered]").
		f.mutex.Lock()
		over := f.recovered == nil
		f.mutex.Unlock()
		if over {
			interp.panicChains.forget(prev)
		}
	}
	return true
}

// isDecodeIface reports whether t is the interface of a decoder's method
// (json.Unmarshaler, encoding.TextUnmarshaler, xml.Unmarshaler), which a
// decoder calls on a pointer. (gonotes patch)
func isDecodeIface(t reflect.Type) bool {
	if t == nil || t.Kind() != reflect.Interface || t.NumMethod() != 1 {
		return false
	}
	switch t.Method(0).Name {
	case "UnmarshalJSON", "UnmarshalText", "UnmarshalXML":
		return true
	}
	return false
}

func typeAssertShort(n *node) {
	typeAssert(n, true, false)
}

func typeAssertLong(n *node) {
	typeAssert(n, true, true)
	renewDefined(n, n.anc, 2) // gonotes patch
}

func typeAssertStatus(n *node) {
	typeAssert(n, false, true)
	renewDefined(n, n.anc, 2) // gonotes patch
}

func typeAssert(n *node, withResult, withOk bool) {
	if withResult && !withOk {
		defer condBranch(n, genValue(n)) // gonotes patch: x.(bool) as a condition
	}
	c0, c1 := n.child[0], n.child[1]
	value := genValue(c0) // input value
	var value0, value1 func(*frame) reflect.Value
	setStatus := false
	switch {
	case withResult && withOk:
		value0 = genValue(n.anc.child[0])       // returned result
		value1 = genValue(n.anc.child[1])       // returned status
		setStatus = n.anc.child[1].ident != "_" // do not assign status to "_"
	case withResult && !withOk:
		value0 = genValue(n) // returned result
	case !withResult && withOk:
		value1 = genValue(n.anc.child[1])       // returned status
		setStatus = n.anc.child[1].ident != "_" // do not assign status to "_"
	}

	zeroRes := withResult && withOk && n.anc.child[0].ident != "_" // gonotes patch
	typ := c1.typ                                                  // type to assert or convert to
	typID := typ.id()
	typIface := isInterface(typ) // gonotes patch
	rtype := typ.refType(nil)    // type to assert
	next := getExec(n.tnext)
	// gonotes patch: v, ok = x.(T) with v an existing variable of an
	// interface type of the notebook (or an any that keeps T's type,
	// dyntype.go) and T a concrete type: the value is converted to v's
	// type, as recv2 and assignFromCall do.
	// A failed assertion sets v to T's zero value, converted too.
	setRes := func(f *frame, v reflect.Value) { value0(f).Set(v) }
	setZero := func(f *frame) {
		d := value0(f)
		d.Set(reflect.Zero(d.Type()))
	}
	if withResult && withOk && !typIface {
		if conv := recvConv(n.anc.child[0], typ); conv != nil {
			setRes = func(f *frame, v reflect.Value) { value0(f).Set(conv(v)) }
			setZero = func(f *frame) { value0(f).Set(conv(reflect.Zero(rtype))) }
		}
	}

	switch {
	case isInterfaceSrc(typ):
		n.exec = func(f *frame) bltn {
			valf := value(f)
			v, ok := valf.Interface().(valueInterface)
			if !ok { // gonotes patch: an interpreted value in a wrapper (rtiface.go)
				if wv, wok := n.interp.wrappedVI(valf); wok {
					v, ok, valf = wv, true, reflect.ValueOf(wv)
				}
			}
			if setStatus {
				defer func() {
					setOKValue(value1(f), ok)
					if !ok && zeroRes { // gonotes patch: a failed v, ok := x.(T) sets v to T's zero value
						setZero(f)
					}
				}()
			}
			if !ok {
				// gonotes patch: a value of a compiled type (stored as
				// itself) satisfies the interface if it has its methods.
				if e := valf; e.IsValid() {
					if e.Kind() == reflect.Interface {
						e = e.Elem()
					}
					// gonotes patch (s15-lead): the empty interface (x.(any),
					// x.(interface{})) holds every non-nil value; a value of
					// a compiled type failed it (binHasMethods wants methods).
					if e.IsValid() && (len(typ.methods()) == 0 || binHasMethods(e.Type(), typ)) {
						ok = true
						if withResult {
							d := value0(f)
							if d.Type() == valueInterfaceType {
								// gonotes patch (s12): the node of the value
								// has its compiled type (c0, the operand,
								// has x's static type: v := x.(I), x an
								// any, gave v the compiled value itself,
								// which the assignment to v could not set).
								d.Set(reflect.ValueOf(valueInterface{&node{interp: n.interp, typ: valueTOf(e.Type())}, e}))
							} else {
								d.Set(e)
							}
						}
						return next
					}
				}
				if !withOk {
					// gonotes patch: a value of a type without methods
					// is stored as itself.
					if e := valf; e.Kind() == reflect.Interface && !e.IsNil() {
						ct := e.Elem().Type()
						assertPanic(itypeString(c0.typ), n.interp.rtypeString(ct), itypeString(typ), missingItypeMethod(nil, typ))
					}
					assertPanic("interface", "", itypeString(typ), "") // gonotes patch: Go names no static type for a nil asserted to an interface
				}
				return next
			}
			if v.node == nil { // gonotes patch: a nil interface of an interpreted interface type
				ok = nilAssert(typ, withOk)
				return next
			}
			if c0.typ.cat == valueT || valf.Kind() == reflect.Interface { // gonotes patch: or held by an empty interface (dyntype.go)
				valf = reflect.ValueOf(v)
			}
			if v.node.typ.id() == typID {
				if withResult {
					value0(f).Set(valf)
				}
				return next
			}
			m0 := v.node.typ.methods()
			m1 := typ.methods()
			if len(m0) < len(m1) {
				ok = false
				if !withOk {
					assertPanic(itypeString(c0.typ), itypeString(v.node.typ), itypeString(typ), missingItypeMethod(v.node.typ, typ)) // gonotes patch
				}
				return next
			}

			for k, meth1 := range m1 {
				var meth0 string
				meth0, ok = m0[k]
				if !ok {
					if !withOk { // gonotes patch
						assertPanic(itypeString(c0.typ), itypeString(v.node.typ), itypeString(typ), missingItypeMethod(v.node.typ, typ))
					}
					return next
				}
				// gonotes patch (s14-typeident): a method set's signatures
				// have no receiver (binMethodSigOf): they are compared as
				// they are (the receiver was stripped here from any, M(int)
				// matched M()).
				if meth0 != meth1 || sigTypesDiffer(lookupFieldOrMethod(v.node.typ, k), lookupFieldOrMethod(typ, k)) { // gonotes patch (s12-goroot): sigTypesDiffer
					ok = false
					if !withOk { // gonotes patch: a method of another signature is missing, as Go says
						assertPanic(itypeString(c0.typ), itypeString(v.node.typ), itypeString(typ), k)
					}
					return next
				}
			}

			if withResult {
				value0(f).Set(valf)
			}
			return next
		}
	case isInterface(typ):
		n.exec = func(f *frame) bltn {
			var leftType reflect.Type
			v := value(f)
			val, ok := v.Interface().(valueInterface)
			fromWrapper := false
			if !ok && v.Kind() == reflect.Interface && !v.IsNil() && isIfaceWrapper(v.Elem()) && !v.Elem().Type().Implements(rtype) {
				// gonotes patch: an interpreted value in a wrapper
				// without the methods of typ: its own type has them?
				// (rtiface.go)
				val, ok = n.interp.wrappedVI(v)
				fromWrapper = ok
			}
			if setStatus {
				defer func() {
					setOKValue(value1(f), ok)
					if !ok && zeroRes { // gonotes patch: a failed v, ok := x.(T) sets v to T's zero value
						setZero(f)
					}
				}()
			}
			if ok && val.node == nil { // gonotes patch: a nil interface of an interpreted interface type
				ok = nilAssert(typ, withOk)
				return next
			}
			if ok && val.node.typ.cat != valueT {
				m0 := val.node.typ.methods()
				m1 := typ.methods()
				if len(m0) < len(m1) || !inMethodSet(val.node.typ, rtype) { // gonotes patch: method set
					ok = false
					if !withOk { // gonotes patch
						missing := ptrMethodMissing(val.node.typ, rtype)
						if len(m0) < len(m1) {
							missing = missingItypeMethod(val.node.typ, typ)
						}
						assertPanic(itypeString(c0.typ), itypeString(val.node.typ), itypeString(typ), missing)
					}
					return next
				}

				for k, meth1 := range m1 {
					var meth0 string
					meth0, ok = m0[k]
					if !ok {
						if !withOk { // gonotes patch: as Go, a failed x.(T) panics
							assertPanic(itypeString(c0.typ), itypeString(val.node.typ), itypeString(typ), missingItypeMethod(val.node.typ, typ))
						}
						return next
					}
					if meth0 != meth1 { // gonotes patch (s14-typeident): signatures without receiver
						ok = false
						if !withOk && fromWrapper { // gonotes patch
							assertPanic(itypeString(c0.typ), itypeString(val.node.typ), itypeString(typ), missingItypeMethod(val.node.typ, typ))
						}
						return next
					}
				}

				if withResult && fromWrapper { // gonotes patch: rtiface.go
					value0(f).Set(wrapDynValue(f, val, rtype))
				} else if withResult {
					// gonotes patch: wrap the value held, not the value of
					// its node in this frame; a value of a type with a
					// method table as its named runtime value (s9-ciface,
					// see genInterfaceWrapper).
					if val.node.interp != nil && rtype.Kind() == reflect.Interface && val.node.interp.namedForIface(val.node.typ, rtype) != nil {
						value0(f).Set(val.node.interp.toNamed(val.node.typ, val.value))
					} else if w := wrapValue(f, val.node, val.value, rtype); w.IsValid() {
						value0(f).Set(w)
					} else {
						value0(f).Set(genInterfaceWrapper(val.node, rtype)(f))
					}
				}
				ok = true
				return next
			}

			if ok {
				v = val.value
				leftType = val.node.typ.rtype
			} else {
				if v.Kind() == reflect.Interface { // gonotes patch (s14-typeident): a compiled struct value held by an any is the struct (any(bytes.Buffer{}).(io.Writer) panicked)
					v = v.Elem()
				}
				ok = true
			}
			ok = v.IsValid()
			if !ok {
				if !withOk {
					assertPanic("interface", "", itypeString(typ), "") // gonotes patch: as Go, for an interface type
				}
				return next
			}
			if leftType == nil {
				leftType = v.Type() // gonotes patch: not before v is known valid (nil interface)
			}
			ok = canAssertTypes(leftType, rtype)
			if !ok {
				if !withOk {
					assertPanic(itypeString(c0.typ), n.interp.rtypeString(leftType), itypeString(typ), missingMethod(leftType, rtype)) // gonotes patch
				}
				return next
			}
			if withResult {
				value0(f).Set(v)
			}
			return next
		}
	case isEmptyInterface(n.child[0].typ):
		strict := dynTypeStrict(typ) || n.interp.structStrict(typ) || n.interp.ptrStrict(typ) // gonotes patch; structStrict (s13-ifacefield); ptrStrict (s15-noticeda)
		n.exec = func(f *frame) bltn {
			var ok bool
			if setStatus {
				defer func() {
					setOKValue(value1(f), ok)
					if !ok && zeroRes { // gonotes patch: a failed v, ok := x.(T) sets v to T's zero value
						setZero(f)
					}
				}()
			}
			val := n.interp.namedDyn(value(f)) // gonotes patch: rtname.go
			val = n.interp.wrappedDynAny(val)  // gonotes patch: rtiface.go
			concrete := val.Interface()
			ctyp := reflect.TypeOf(concrete)

			var vtyp *itype // gonotes patch
			if vv, ok := concrete.(valueInterface); ok {
				ctyp = vv.value.Type()
				concrete = vv.value.Interface()
				// gonotes patch: the interpreted type of the value is known
				// (dyntype.go): it must be the asserted type.
				if !typIface && vv.node != nil && dynTypeNeeded(vv.node.typ) && vv.node.typ.id() != typID {
					if !withOk {
						assertPanic(itypeString(c0.typ), itypeString(vv.node.typ), itypeString(typ), "")
					}
					return next
				}
				if vv.node != nil && vv.node.typ != nil && vv.node.typ.cat != valueT {
					vtyp = vv.node.typ
				}
			} else if strict && concrete != nil && !rawFuncOf(ctyp, typ, rtype) && !n.interp.crossedAs(ctyp, typ) && !n.interp.isIfaceFuncOf(ctyp, typ, rtype) { // gonotes patch (s12-iface): ifacefunc.go; (s14-typeident): rawFuncOf
				// gonotes patch: a value stored as itself is not of a type
				// whose values interpreted code keeps as valueInterfaces
				// (dyntype.go): var b any = 7; b.(Code) is false.
				if !withOk {
					assertPanic(itypeString(c0.typ), n.interp.rawTypeString(ctyp), itypeString(typ), "")
				}
				return next
			}
			if fv, uncrossed := n.interp.uncrossFunc(ctyp, concrete, typ, rtype); uncrossed { // gonotes patch: see crossFuncType
				concrete, ctyp = fv, rtype
			}
			ok = canAssertTypes(ctyp, rtype)
			if ok && vtyp != nil && !isInterface(typ) && vtyp.id() != typ.id() {
				// gonotes patch: the value's interpreted type is not
				// typ, although their reflect types are the same
				// (type A int; type B int).
				ok = false
			}
			if !ok {
				if !withOk {
					// TODO(mpl): think about whether this should ever happen.
					if ctyp == nil { // gonotes patch
						assertPanic(itypeString(c0.typ), "", itypeString(typ), "")
					}
					missing := ""
					if rtype.Kind() == reflect.Interface {
						missing = missingMethod(ctyp, rtype)
					}
					assertPanic(itypeString(c0.typ), n.interp.rtypeString(ctyp), itypeString(typ), missing)
				}
				return next
			}
			if withResult {
				if isInterfaceSrc(typ) {
					// TODO(mpl): this requires more work. the wrapped node is not complete enough.
					value0(f).Set(reflect.ValueOf(valueInterface{n.child[0], reflect.ValueOf(concrete)}))
				} else {
					setRes(f, reflect.ValueOf(concrete))
				}
			}
			return next
		}
	case n.child[0].typ.cat == valueT || n.child[0].typ.cat == errorT:
		// gonotes patch: a value of typ that went through compiled code
		// has its named runtime type (rtname.go).
		// gonotes patch: a value of a type with methods may also be the
		// interface wrapper of its methods (genInterfaceWrapper): no strict
		// check then (rtmethods.go).
		// gonotes patch (s13-ifacefield): structStrict.
		strictNamed := !typIface && (dynTypeStrict(typ) || n.interp.structStrict(typ) || n.interp.ptrStrict(typ)) && len(typ.method) == 0 && n.interp.namedRType(typ) != nil
		var typNamed atomic.Value // gonotes patch: typ's named runtime type, once made
		n.exec = func(f *frame) bltn {
			v := value(f).Elem()
			ok := v.IsValid()
			if setStatus {
				defer func() {
					setOKValue(value1(f), ok)
					if !ok && zeroRes { // gonotes patch: a failed v, ok := x.(T) sets v to T's zero value
						setZero(f)
					}
				}()
			}
			if !ok {
				if !withOk {
					assertPanic(itypeString(c0.typ), "", itypeString(typ), "") // gonotes patch
				}
				return next
			}
			v = valueInterfaceValue(v)
			if !typIface && namedMade.Load() != 0 {
				// gonotes patch: fast path for a value of typ's own named
				// runtime type (a compiled interface holding a value of
				// typ: genInterfaceWrapper).
				r, _ := typNamed.Load().(reflect.Type)
				if r == nil {
					if r = n.interp.namedRType(typ); r != nil {
						typNamed.Store(r)
					}
				}
				if r != nil && v.Type() == r {
					if withResult {
						setRes(f, reinterpret(v, rtype))
					}
					return next
				}
			}
			vi, named := namedVI(v)
			if named && !typIface { // gonotes patch: rtname.go
				if vi.node.typ != typ && vi.node.typ.id() != typID {
					ok = false
					if !withOk {
						assertPanic(itypeString(c0.typ), itypeString(vi.node.typ), itypeString(typ), "")
					}
					return next
				}
				v = vi.value
			} else if strictNamed {
				ok = false
				if !withOk {
					assertPanic(itypeString(c0.typ), n.interp.rawTypeString(v.Type()), itypeString(typ), "")
				}
				return next
			}
			if named {
				// The value of a named runtime type: no wrapper (gonotes patch).
			} else if vi, known := n.interp.wrappedVI(v); known && !typIface { // gonotes patch: rtiface.go
				if vi.node.typ.id() != typ.id() {
					ok = false
					if !withOk {
						assertPanic(itypeString(c0.typ), itypeString(vi.node.typ), itypeString(typ), "")
					}
					return next
				}
			}
			if vt := v.Type(); vt.Kind() == reflect.Struct && vt.Field(0).Name == "IValue" {
				// Value is retrieved from an interface wrapper.
				v = v.Field(0).Elem()
			}
			if fv, uncrossed := n.interp.uncrossFunc(v.Type(), v.Interface(), typ, rtype); uncrossed { // gonotes patch: see crossFuncType
				v = reflect.ValueOf(fv)
			}
			ok = canAssertTypes(v.Type(), rtype)
			if !ok {
				if !withOk {
					missing := "" // gonotes patch
					if rtype.Kind() == reflect.Interface {
						missing = missingMethod(v.Type(), rtype)
					}
					assertPanic(itypeString(c0.typ), n.interp.rtypeString(v.Type()), itypeString(typ), missing)
				}
				return next
			}
			if withResult {
				setRes(f, v)
			}
			return next
		}
	default:
		n.exec = func(f *frame) bltn {
			v, ok := value(f).Interface().(valueInterface)
			if setStatus {
				defer func() {
					setOKValue(value1(f), ok)
					if !ok && zeroRes { // gonotes patch: a failed v, ok := x.(T) sets v to T's zero value
						setZero(f)
					}
				}()
			}
			if !ok || !v.value.IsValid() {
				ok = false
				if !withOk {
					assertPanic(itypeString(c0.typ), "", itypeString(typ), "") // gonotes patch
				}
				return next
			}

			ok = canAssertTypes(v.value.Type(), rtype)
			if ok && !typIface && v.node != nil && v.node.typ != nil && v.node.typ.cat != valueT && v.node.typ.id() != typID {
				// gonotes patch (s10-goroot): the value's interpreted type is
				// not typ, although their reflect types are the same (type T
				// string; type U string: s.(U) of an s holding a T).
				ok = false
			}
			if !ok {
				if !withOk {
					assertPanic(itypeString(c0.typ), itypeString(v.node.typ), itypeString(typ), "") // gonotes patch
				}
				return next
			}
			if withResult {
				setRes(f, v.value)
			}
			return next
		}
	}
}

func canAssertTypes(src, dest reflect.Type) bool {
	if dest == nil {
		return false
	}
	if src == dest {
		return true
	}
	if dest.Kind() == reflect.Interface && src.Implements(dest) {
		return true
	}
	if src == nil {
		return false
	}
	if src.Kind() == reflect.Chan && dest.Kind() == reflect.Chan && src.ChanDir() != dest.ChanDir() {
		// gonotes patch (s14-typeident): a chan int is assignable to a
		// <-chan int, but it is not one: any(c).(<-chan int) is false.
		return false
	}
	if src.AssignableTo(dest) {
		return true
	}
	return false
}

func firstMissingMethod(src, dest reflect.Type) string {
	for i := 0; i < dest.NumMethod(); i++ {
		m := dest.Method(i).Name
		if _, ok := src.MethodByName(m); !ok {
			return m
		}
	}
	return ""
}

// convertInterface converts the value of n.child[1] to the interface type
// of n, keeping its dynamic type (a valueInterface). gonotes patch.
func convertInterface(n *node) {
	dest := genValue(n)
	value := genValueInterface(n.child[1])
	next := getExec(n.tnext)
	n.exec = func(f *frame) bltn {
		dest(f).Set(value(f))
		return next
	}
}

func convert(n *node) {
	dest := genValue(n)
	defer condBranch(n, dest) // gonotes patch: bool(x) as a condition
	c := n.child[1]
	typ := n.child[0].typ.frameType()
	next := getExec(n.tnext)

	if c.isNil() { // convert nil to type
		// TODO(mpl): Try to completely remove, as maybe frameType already does the job for interfaces.
		if isInterfaceSrc(n.child[0].typ) && !isEmptyInterface(n.child[0].typ) {
			typ = valueInterfaceType
		}
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.New(typ).Elem())
			return next
		}
		return
	}

	// gonotes patch: a conversion to an interface type makes the value the
	// interface holds as an assignment does (a wrapper with the methods of
	// an interpreted value for a compiled interface, a valueInterface for
	// an interpreted one); reflect's Convert knows no interpreted method.
	// gonotes patch (s11-fixa): and a compiled interface type's conversion
	// of a value of an interpreted one (fmt.Stringer(s), s a Strunger
	// holding a nil *T): reflect's Convert of the valueInterface gave nil.
	// gonotes patch (s15-noticeda): so is a value of a defined func type
	// converted to an empty interface (type F func(int) int: any(f).(F)
	// was false, any(f).(func(int) int) true), as var x any = f.
	if ct := n.child[0].typ; isInterface(ct) && (!isInterface(c.typ) || isInterfaceBin(ct) && isInterfaceSrc(c.typ)) && (!isFuncSrc(c.typ) || isEmptyInterface(ct) && c.typ.cat == funcT && (dynTypeNeeded(c.typ) || isFuncDeclRef(c))) {
		value := genDestValue(ct, c)
		n.exec = func(f *frame) bltn {
			dest(f).Set(value(f))
			return next
		}
		return
	}

	doConvert := true
	var value func(*frame) reflect.Value
	switch {
	case isFuncSrc(c.typ):
		value = genFunctionWrapper(c)
	default:
		value = genValue(c)
	}

	for _, con := range n.interp.hooks.convert {
		if c.typ.rtype == nil {
			continue
		}

		fn := con(c.typ.rtype, typ)
		if fn == nil {
			continue
		}
		n.exec = func(f *frame) bltn {
			fn(value(f), dest(f))
			return next
		}
		return
	}

	if c.typ.TypeOf() != nil && c.typ.TypeOf().Kind() == reflect.Slice && (typ.Kind() == reflect.Array ||
		typ.Kind() == reflect.Ptr && typ.Elem().Kind() == reflect.Array) { // gonotes patch
		n.exec = func(f *frame) bltn {
			v := value(f)
			checkSliceToArray(v, typ)
			dest(f).Set(v.Convert(typ))
			return next
		}
		return
	}

	if c.rval.IsValid() && c.rval.Kind() == reflect.String && typ.Kind() == reflect.Slice { // gonotes patch (s17-public17)
		// A constant string converted to []byte or []rune has its
		// length as capacity in gc (the compiler allocates the exact
		// size); reflect's Convert rounds it up to a size class
		// ([]byte("abc") had cap 8), so an append to it shared the
		// array where Go's copies.
		n.exec = func(f *frame) bltn {
			v := value(f).Convert(typ)
			dest(f).Set(v.Slice3(0, v.Len(), v.Len()))
			return next
		}
		return
	}

	n.exec = func(f *frame) bltn {
		if doConvert {
			dest(f).Set(value(f).Convert(typ))
		} else {
			dest(f).Set(value(f))
		}
		return next
	}
}

// condBranch makes a node whose exec stores a bool result and goes on to
// tnext a branch when it is a condition (fnext set): it goes on to fnext
// when the result is false. Without it, such a condition is always true.
func condBranch(n *node, value func(*frame) reflect.Value) { // gonotes patch
	if n.fnext == nil || n.exec == nil {
		return
	}
	exec := n.exec
	tnext, fnext := getExec(n.tnext), getExec(n.fnext)
	n.exec = func(f *frame) bltn {
		exec(f)
		if value(f).Bool() {
			return tnext
		}
		return fnext
	}
}

// assignFromCall assigns values from a function call.
func assignFromCall(n *node) {
	ncall := n.lastChild()
	if c0 := ncall.child[0]; n.action == aAssignX && c0.typ != nil && c0.typ.cat == valueT && c0.typ.rtype != nil && c0.typ.rtype.Kind() == reflect.Func && isCall(ncall) {
		// gonotes patch (s14-public9a): the call is made by callBin, which
		// stores its results in the destinations itself (a func-typed
		// struct field, `var x, y = h.two()`: its type was not yet the
		// wrapped one when compDefineX chose this gen). Copying the
		// call's own result slots after it overwrote them with zeros.
		nop(n)
		return
	}
	l := len(n.child) - 1
	if n.anc.kind == varDecl && declaresType(n) && n.child[l-1].isType(n.scope) { // gonotes patch (s11-fixa)
		// Ignore the type in the assignment if it is part of a variable declaration.
		l--
	}
	dvalue := make([]func(*frame) reflect.Value, l)
	// gonotes patch: a map entry destination (k, m["x"] = f()) gets its
	// value in its slot here, and assignXMapEntries (cfg.go) stores it
	// into the map after this exec.
	for i := range dvalue {
		if n.child[i].ident == "_" {
			continue
		}
		dvalue[i] = genValue(n.child[i])
	}
	// gonotes patch: a result of a defined type assigned to an empty
	// interface keeps its type (dyntype.go).
	var conv []*node
	if ft := ncall.child[0].typ; ft != nil && ft.cat == funcT && len(ft.ret) >= l {
		for i := 0; i < l; i++ {
			// gonotes patch: a type with methods too (x, err = f(), x an any,
			// f returning a Sq with methods: %T printed its underlying type).
			rt := ft.ret[i]
			if rn := (&node{kind: identExpr, typ: rt, interp: n.interp, scope: n.scope}); dvalue[i] != nil && (dynIfaceValue(n.child[i].typ, rn) || isEmptyInterface(n.child[i].typ) && !isInterface(rt) && len(rt.method) > 0) {
				if conv == nil {
					conv = make([]*node, l)
				}
				conv[i] = rn
			}
		}
	}
	// gonotes patch: a result of a concrete type assigned to an interface
	// with methods of the notebook (s, err = f(), s a Shape) is wrapped in
	// it. So is one of a notebook type assigned to a compiled interface (err
	// = f(), f returning a *MyErr): as the error wrapper of that type.
	var wrap []func(*frame) reflect.Value
	if ft := ncall.child[0].typ; ft != nil && ft.cat == funcT && len(ft.ret) >= l {
		for i := 0; i < l; i++ {
			t, rt := n.child[i].typ, ft.ret[i]
			if dvalue[i] == nil || t == nil || rt == nil || rt.cat == nilT || isInterface(rt) {
				continue
			}
			synth := &node{kind: identExpr, typ: rt, findex: ncall.findex + i, interp: n.interp, scope: n.scope}
			var g func(*frame) reflect.Value
			switch {
			case isInterfaceSrc(t) && !isEmptyInterface(t):
				g = genValueInterface(synth)
			case (t.cat == errorT || isInterfaceBin(t)) && !isEmptyInterface(t) && rt.cat != valueT && rt.cat != errorT && len(rt.method) > 0 || (t.cat == errorT || isInterfaceBin(t)) && rt.cat == ptrT && rt.val != nil && len(rt.val.method) > 0:
				g = genInterfaceWrapper(synth, t.TypeOf())
			default:
				continue
			}
			if wrap == nil {
				wrap = make([]func(*frame) reflect.Value, l)
			}
			wrap[i] = g
		}
	}
	// gonotes patch: var a, b I = f(), with f's results of other types
	// than I: each result is converted to I, as a single value is.
	var convert []func(*frame) reflect.Value
	if ft := ncall.child[0].typ; l < len(n.child)-1 && ft != nil && ft.cat == funcT && len(ft.ret) >= l {
		for i := 0; i < l; i++ {
			dt := n.child[i].typ
			if dvalue[i] == nil || dt == nil || dt.id() == ft.ret[i].id() || !isInterface(dt) {
				continue
			}
			if convert == nil {
				convert = make([]func(*frame) reflect.Value, l)
			}
			rn := &node{kind: identExpr, typ: ft.ret[i], interp: n.interp, scope: n.scope, findex: ncall.findex + i}
			convert[i] = genDestValue(dt, rn)
		}
	}
	next := getExec(n.tnext)
	n.exec = func(f *frame) bltn {
		for i, v := range dvalue {
			if v == nil {
				continue
			}
			s := f.data[ncall.findex+i]
			if convert != nil && convert[i] != nil { // gonotes patch
				s = convert[i](f)
			} else if conv != nil && conv[i] != nil { // gonotes patch
				s = dynIfaceOf(conv[i], s)
			}
			if wrap != nil && wrap[i] != nil && (convert == nil || convert[i] == nil) { // gonotes patch: see wrap
				s = wrap[i](f)
			}
			c := n.child[i]
			if n.kind == defineXStmt && !c.redeclared {
				// Recreate destination value in case of define statement,
				// to preserve previous value possibly in use by a closure.
				data := getFrame(f, c.level).data
				data[c.findex] = reflect.New(data[c.findex].Type()).Elem()
				data[c.findex].Set(s)
				continue
			}
			v(f).Set(s)
		}
		return next
	}
}

// genMapEntryKey returns the key of dest, a map entry assigned to (m[k] =
// v), as the map holds it.
func genMapEntryKey(dest *node) func(*frame) reflect.Value {
	switch {
	case holdsIfaceKeyMap(dest.child[0].typ): // gonotes patch (s12-iface): ifacekey.go
		return genMapKey(dest.child[1], dest.child[0].typ)
	case isEmptyIfaceKeyMap(dest.child[0].typ): // gonotes patch: a key of an empty interface type is the value itself (s9-suite2: or of an interface type of the notebook)
		return genMapKey(dest.child[1], dest.child[0].typ)
	case isBinIfaceKeyMap(dest.child[0].typ) && !isInterfaceSrc(dest.child[1].typ):
		// gonotes patch (s9-embed2): a key of a compiled interface
		// type (map[fmt.Stringer]T, map[error]T) is converted as
		// in an index expression: a concrete value to the
		// interface, a wrapper to its named runtime value.
		return genMapKey(dest.child[1], dest.child[0].typ)
	case isInterfaceSrc(dest.child[1].typ): // key
		return genValueInterface(dest.child[1])
	default:
		if k := dest.child[1]; k.typ != nil && k.typ.cat == nilT {
			// gonotes patch (s11-refl): a nil key (m[nil] = v, a
			// map of pointers, chans) is the key type's nil, not a
			// nil interface ("value of type interface {} is not
			// assignable to type *T").
			if mt := dest.child[0].typ.TypeOf(); mt != nil && mt.Kind() == reflect.Map {
				convertLiteralValue(k, mt.Key())
			}
		}
		return genValue(dest.child[1])
	}
}

// assignXMapEntries wraps gen, the generator of a statement assigning the
// values of a call, a comma-ok expression or a receive to several operands
// (m[k], ok = x.(T)): those write each value into its operand's frame
// slot, which for a map entry is only the slot of the entry's value, so
// the exec made by gen is followed by the stores of such values into their
// maps. gonotes patch (s11-fixa): the map stayed as it was.
func assignXMapEntries(gen bltnGenerator) bltnGenerator {
	return func(n *node) {
		gen(n)
		exec := n.exec
		type store struct{ m, k, v func(*frame) reflect.Value }
		var stores []store
		for _, dest := range n.child[:len(n.child)-1] {
			if isMapEntry(dest) {
				stores = append(stores, store{genValue(dest.child[0]), genMapEntryKey(dest), genValue(dest)})
			}
		}
		n.exec = func(f *frame) bltn {
			next := exec(f)
			for _, s := range stores {
				setMapIndex(s.m(f), s.k(f), s.v(f))
			}
			return next
		}
	}
}

func assign(n *node) {
	next := getExec(n.tnext)
	dvalue := make([]func(*frame) reflect.Value, n.nleft)
	ivalue := make([]func(*frame) reflect.Value, n.nleft)
	svalue := make([]func(*frame) reflect.Value, n.nleft)
	var sbase int
	if n.nright > 0 {
		sbase = len(n.child) - n.nright
	}

	for i := 0; i < n.nleft; i++ {
		dest, src := n.child[i], n.child[sbase+i]
		switch {
		case dest.kind == identExpr && isEmptyInterface(dest.typ) && dynTypeNeeded(src.typ):
			// gonotes patch: a variable of an empty interface type keeps
			// the interpreted type of its value (dyntype.go); (s14-typeident)
			// a declared func too (var b any = f, f with a parameter of
			// type Level int: b.(func(Level) Level)), before the next case.
			svalue[i] = genDynValue(src)
		case isNamedFuncSrc(src.typ):
			svalue[i] = genFuncValue(src)
		case (anyField(dest) || compiledAnyField(dest)) && src.typ != nil && src.typ.cat != nilT && !isInterface(dynConcreteType(src)):
			// gonotes patch (s12-iface): ifacekey.go
			svalue[i] = genNamedInAny(src, genDestValue(dest.typ, src))
		default:
			svalue[i] = genDestValue(dest.typ, src)
		}
		if isMapEntry(dest) {
			ivalue[i] = genMapEntryKey(dest)
			dvalue[i] = genValue(dest.child[0])
		} else {
			dvalue[i] = genValue(dest)
		}
	}

	if n.nleft == 1 {
		// Single assign operation.
		switch s, d, i := svalue[0], dvalue[0], ivalue[0]; {
		case n.child[0].ident == "_":
			n.exec = func(f *frame) bltn {
				return next
			}
		case i != nil:
			n.exec = func(f *frame) bltn {
				setMapIndex(d(f), i(f), s(f)) // gonotes patch (s11-fixa): setMapIndex
				return next
			}
		case n.kind == defineStmt:
			l := n.level
			ind := n.findex
			n.exec = func(f *frame) bltn {
				data := getFrame(f, l).data
				data[ind] = reflect.New(data[ind].Type()).Elem()
				data[ind].Set(s(f))
				return next
			}
		default:
			n.exec = func(f *frame) bltn {
				d(f).Set(s(f))
				return next
			}
		}
		return
	}

	// Multi assign operation. types are those of the temporaries of
	// values that are not valid (an untyped nil); the others copy each
	// value with its own type (snapshot).
	types := make([]reflect.Type, n.nright)
	index := make([]int, n.nright)
	level := make([]int, n.nright)

	for i := range types {
		var t reflect.Type
		switch typ := n.child[sbase+i].typ; {
		case isInterfaceSrc(typ):
			t = valueInterfaceType
		default:
			t = typ.TypeOf()
		}
		if d := n.child[i].typ; d != nil && isInterfaceSrc(d) && !isInterfaceSrc(n.child[sbase+i].typ) {
			// gonotes patch: the value is converted to the interface of the
			// destination (a valueInterface, dyntype.go) before the copy.
			t = d.frameType()
		}
		if d := n.child[i].typ; t == nil && d != nil && n.child[i].ident != "_" {
			// gonotes patch: an untyped nil has no reflect type (`n, err = 1,
			// nil` with err of type error: reflect.New(nil) panicked); the
			// temporary has the type of the destination.
			t = d.frameType()
		}
		types[i] = t
		index[i] = n.child[i].findex
		level[i] = n.child[i].level
	}

	redeclared := false
	for _, c := range n.child[:n.nleft] {
		redeclared = redeclared || c.redeclared
	}
	if n.kind == defineStmt && redeclared {
		// gonotes patch (s12-public7): a redeclared variable is assigned in
		// place (a closure or pointer made before sees it), after all the
		// values are evaluated (a, b := 2, a gives b the old a).
		n.exec = func(f *frame) bltn {
			t := make([]reflect.Value, len(svalue))
			for i, s := range svalue {
				if n.child[i].ident == "_" {
					continue
				}
				t[i] = snapshot(s(f), types[i])
			}
			for i := range svalue {
				c := n.child[i]
				if c.ident == "_" {
					continue
				}
				data := getFrame(f, level[i]).data
				j := index[i]
				if !c.redeclared {
					data[j] = reflect.New(data[j].Type()).Elem()
				}
				data[j].Set(t[i])
			}
			return next
		}
		return
	}
	if n.kind == defineStmt {
		// Handle a multiple var declararation / assign. It cannot be a swap.
		n.exec = func(f *frame) bltn {
			for i, s := range svalue {
				if n.child[i].ident == "_" {
					continue
				}
				data := getFrame(f, level[i]).data
				j := index[i]
				data[j] = reflect.New(data[j].Type()).Elem()
				data[j].Set(s(f))
			}
			return next
		}
		return
	}

	late := make([]bool, n.nleft) // gonotes patch (s13-goroot9): lhsLate
	for i, c := range n.child[:n.nleft] {
		late[i] = c.lhsLate
	}

	// gonotes patch: the map and key operands of map entries on the left
	// (k, m[k] = "b", 1) are evaluated before any assignment, as the
	// specification orders it: the key was read after k was assigned.
	hasMapEntry := false
	for _, iv := range ivalue {
		hasMapEntry = hasMapEntry || iv != nil
	}
	if hasMapEntry {
		n.exec = func(f *frame) bltn {
			maps := make([]reflect.Value, len(dvalue))
			keys := make([]reflect.Value, len(dvalue))
			for i, j := range ivalue {
				if j == nil || n.child[i].ident == "_" {
					continue
				}
				maps[i], keys[i] = valueCopy(dvalue[i](f)), valueCopy(j(f))
			}
			t := make([]reflect.Value, len(svalue))
			for i, s := range svalue {
				if n.child[i].ident == "_" {
					continue
				}
				t[i] = snapshot(s(f), types[i])
			}
			for i, d := range dvalue {
				if n.child[i].ident == "_" {
					continue
				}
				if keys[i].IsValid() {
					setMapIndex(maps[i], keys[i], t[i]) // gonotes patch (s11-fixa): setMapIndex
				} else if late[i] {
					lhsLateValue(d(f)).Set(t[i]) // gonotes patch (s13-goroot9)
				} else {
					d(f).Set(t[i])
				}
			}
			return next
		}
		return
	}

	// To handle possible swap in multi-assign:
	// evaluate and copy all values in assign right hand side into temporary
	// then evaluate assign left hand side and copy temporary into it
	n.exec = func(f *frame) bltn {
		t := make([]reflect.Value, len(svalue))
		for i, s := range svalue {
			if n.child[i].ident == "_" {
				continue
			}
			t[i] = snapshot(s(f), types[i])
		}
		for i, d := range dvalue {
			if n.child[i].ident == "_" {
				continue
			}
			if j := ivalue[i]; j != nil {
				setMapIndex(d(f), j(f), t[i]) // Assign a map entry; gonotes patch (s11-fixa): setMapIndex
			} else if late[i] {
				lhsLateValue(d(f)).Set(t[i]) // gonotes patch (s13-goroot9): a panic of phase 1 happens here
			} else {
				d(f).Set(t[i]) // Assign a var or array/slice entry
			}
		}
		return next
	}
}

// snapshot returns a copy of v, the value of a right operand of a
// multiple assignment, made before any assignment (a swap); t is the type
// of the copy when v is not valid. gonotes patch: the copy has v's own
// type, as a single assignment sets v itself (a value of an empty interface
// type is held as such, not as the valueInterface of the source's type:
// `a, b = b, a` of two anys, or of []any elements, panicked).
func snapshot(v reflect.Value, t reflect.Type) reflect.Value {
	if !v.IsValid() {
		return reflect.New(t).Elem()
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

// valueCopy returns a copy of v, not addressable: it does not change when
// the variable v refers to is assigned. gonotes patch.
func valueCopy(v reflect.Value) reflect.Value {
	if !v.IsValid() || !v.CanAddr() {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

func not(n *node) {
	dest := genValue(n)
	value := genValue(n.child[0])
	tnext := getExec(n.tnext)

	if n.fnext != nil {
		fnext := getExec(n.fnext)
		n.exec = func(f *frame) bltn {
			if !value(f).Bool() {
				dest(f).SetBool(true)
				return tnext
			}
			dest(f).SetBool(false)
			return fnext
		}
	} else {
		n.exec = func(f *frame) bltn {
			dest(f).SetBool(!value(f).Bool())
			return tnext
		}
	}
}

func addr(n *node) {
	dest := genValue(n)
	next := getExec(n.tnext)
	c0 := n.child[0]
	value := genValue(c0)

	if isInterfaceSrc(c0.typ) || isPtrSrc(c0.typ) {
		i := n.findex
		l := n.level
		n.exec = func(f *frame) bltn {
			getFrame(f, l).data[i] = value(f).Addr()
			return next
		}
		return
	}

	n.exec = func(f *frame) bltn {
		dest(f).Set(value(f).Addr())
		return next
	}
}

func deref(n *node) {
	value := genValue(n.child[0])
	tnext := getExec(n.tnext)
	i := n.findex
	l := n.level

	if n.fnext != nil {
		fnext := getExec(n.fnext)
		n.exec = func(f *frame) bltn {
			r := derefValue(value(f))
			if r.Bool() {
				getFrame(f, l).data[i] = r
				return tnext
			}
			return fnext
		}
	} else {
		n.exec = func(f *frame) bltn {
			getFrame(f, l).data[i] = derefValue(value(f))
			return tnext
		}
	}
}

// derefValue returns what the pointer v points to, and panics as Go does
// when v is nil: reflect's Elem of a nil pointer is the zero Value, which
// panicked later, if at all (_ = *p, or _ = *p == x, did not panic; a
// store of it into a frame slot broke the slot). gonotes patch.
func derefValue(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		nilDereference()
	}
	return v.Elem()
}

func _print(n *node) {
	values, types := printOperands(n.child[1:])
	out := n.interp.stderr // gonotes patch: print writes to standard error, as in Go

	genBuiltinDeferWrapper(n, values, nil, func(args []reflect.Value) []reflect.Value {
		for i, value := range args { // gonotes patch: print puts nothing between its operands
			io.WriteString(out, printOperand(types[i], value))
		}
		return nil
	})
}

// printOperands returns the operands of print or println and their
// types. A single operand that is a call of a function with several
// results gives them all, as Go's println(f()) prints each result.
// gonotes patch (s11-gen): only the first result was printed.
func printOperands(child []*node) ([]func(*frame) reflect.Value, []*itype) {
	if len(child) == 1 {
		c := child[0]
		switch {
		case isBinCall(c, c.scope) && c.child[0].typ.rtype.NumOut() > 1:
			rt := c.child[0].typ.rtype
			values := make([]func(*frame) reflect.Value, rt.NumOut())
			types := make([]*itype, rt.NumOut())
			for j := range values {
				ind := c.findex + j
				values[j] = func(f *frame) reflect.Value { return f.data[ind] }
				types[j] = valueTOf(rt.Out(j))
			}
			return values, types
		case isRegularCall(c) && len(c.child[0].typ.ret) > 1:
			ret := c.child[0].typ.ret
			values := make([]func(*frame) reflect.Value, len(ret))
			for j := range values {
				ind := c.findex + j
				values[j] = func(f *frame) reflect.Value { return f.data[ind] }
			}
			return values, ret
		}
	}
	values := make([]func(*frame) reflect.Value, len(child))
	types := make([]*itype, len(child))
	for i, c := range child {
		values[i] = genValue(c)
		types[i] = c.typ
	}
	return values, types
}

// printOperand formats an operand of print and println as Go's runtime
// does where that differs from fmt's %v: a pointer, map, channel, func or
// unsafe.Pointer is its address in hexadecimal (0x0 when nil), a slice is
// [len/cap] and the address of its array, and a value of an interface type
// is the pair (type word, data word), (0x0,0x0) when nil. Other values
// (numbers, strings, booleans) print as %v does. gonotes patch
// (s10-goroot): fmt's "<nil>", "[]" and "map[]" were printed.
func printOperand(t *itype, v reflect.Value) string {
	if t != nil && isInterface(t) {
		if !v.IsValid() || isNilVI(v) || v.Kind() == reflect.Interface && v.IsNil() {
			return "(0x0,0x0)"
		}
		for v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
		if v.Type() == valueInterfaceType && v.CanInterface() {
			if vi := v.Interface().(valueInterface); vi.value.IsValid() {
				v = vi.value
			}
		}
		// The words themselves are the runtime's: any two numbers that
		// name the dynamic type and the value will do.
		tw := reflect.ValueOf(v.Type()).Pointer()
		dw := uintptr(0)
		switch v.Kind() {
		case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer, reflect.Slice:
			dw = v.Pointer()
		default:
			if v.CanAddr() {
				dw = v.UnsafeAddr()
			} else {
				dw = tw
			}
		}
		return fmt.Sprintf("(0x%x,0x%x)", tw, dw)
	}
	if !v.IsValid() {
		// The value of *p with p nil: Go's println(*p) panics there.
		nilDereference()
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return fmt.Sprintf("0x%x", v.Pointer())
	case reflect.Slice:
		return fmt.Sprintf("[%d/%d]0x%x", v.Len(), v.Cap(), v.Pointer())
	}
	return fmt.Sprintf("%v", v)
}

func _println(n *node) {
	values, types := printOperands(n.child[1:])
	out := n.interp.stderr // gonotes patch: println writes to standard error, as in Go

	genBuiltinDeferWrapper(n, values, nil, func(args []reflect.Value) []reflect.Value {
		for i, value := range args {
			if i > 0 {
				fmt.Fprintf(out, " ")
			}
			io.WriteString(out, printOperand(types[i], value))
		}
		fmt.Fprintln(out, "")
		return nil
	})
}

func _recover(n *node) {
	tnext := getExec(n.tnext)
	dest := genValue(n)

	if n.anc != nil && n.anc.kind == deferStmt {
		// gonotes patch: `defer recover()` defers recover: yaegi ran it
		// at the defer statement, where, in a function called by a
		// deferred call of a panicking frame, it took that frame's
		// panic at once. It now runs when the function's deferred calls
		// run: at its normal return it recovers as a call made by the
		// function itself would (a deferred function's `defer recover()`
		// stops its caller's panic, GOROOT/test/recover1.go test5), and
		// while the function itself panics it is called by the panic,
		// not by a deferred function, and recovers nothing (test7).
		n.exec = func(f *frame) bltn {
			fr := f
			call := reflect.ValueOf(func() {
				if fr.recovered != nil {
					return
				}
				if fr.anc == nil {
					return
				}
				a := fr.anc.origin()
				if a != nil && a.recovered != nil {
					n.interp.panicTypes.take(a.recovered)
					a.recovered = nil
				}
			})
			f.deferred = append([][]reflect.Value{{call}}, f.deferred...)
			return tnext
		}
		return
	}

	n.exec = func(f *frame) bltn {
		// gonotes patch: at the top level, f.anc is nil (no panic to
		// recover); a closure runs on a copy of the frame it was made in
		// (see cloneSlots), but the panic is recorded in the frame itself.
		var a *frame
		if f.anc != nil {
			a = f.anc.origin()
		}
		if a == nil || a.recovered == nil {
			// TODO(mpl): maybe we don't need that special case, and we're just forgetting to unwrap the valueInterface somewhere else.
			if isEmptyInterface(n.typ) {
				return tnext
			}
			dest(f).Set(reflect.ValueOf(valueInterface{}))
			return tnext
		}

		if tn, v := n.interp.panicTypes.take(a.recovered); tn != nil {
			// gonotes patch: the value with its interpreted type.
			dest(f).Set(reflect.ValueOf(valueInterface{tn, v}))
		} else if isEmptyInterface(n.typ) {
			dest(f).Set(reflect.ValueOf(a.recovered))
		} else {
			dest(f).Set(reflect.ValueOf(valueInterface{n, reflect.ValueOf(a.recovered)}))
		}
		a.recovered = nil
		return tnext
	}
}

func _panic(n *node) {
	value := genValue(n.child[1])
	if c := n.child[1]; c.typ != nil && !isInterface(c.typ) && c.typ.cat != valueT {
		if m, _ := c.typ.lookupMethod("Error"); m != nil && (c.typ.cat == ptrT || !ptrReceiver(m)) {
			// gonotes patch: a value of an interpreted error type is
			// panicked as an error, so that recover().(error), fmt and
			// the panic message see its Error method, as in Go.
			value = genInterfaceWrapper(c, errorRType)
		}
	}

	record := genPanicText(n.child[1]) // gonotes patch: see PanicText

	// gonotes patch: the interpreted type of the value, for recover (see
	// panicTypes): the static one, or the dynamic one of an interface.
	var typed *node
	if c := n.child[1]; typedPanic(c.typ) {
		typed = c
	}
	dynamic := n.child[1].typ != nil && isInterfaceSrc(n.child[1].typ)

	n.exec = func(f *frame) bltn {
		val := value(f)
		tn := typed
		if dynamic && val.IsValid() { // gonotes patch
			iv := val
			if iv.Kind() == reflect.Interface && !iv.IsNil() {
				iv = iv.Elem()
			}
			if iv.IsValid() && iv.CanInterface() {
				if vi, ok := iv.Interface().(valueInterface); ok && vi.node != nil && typedPanic(vi.node.typ) && vi.value.IsValid() {
					tn = vi.node
					if m, _ := tn.typ.lookupMethod("Error"); m != nil && (tn.typ.cat == ptrT || !ptrReceiver(m)) {
						// An interpreted error panicked again: as an
						// error, as above.
						if w := namedOrWrapValue(f, tn, vi.value, errorRType); w.IsValid() { // gonotes patch (s10-stringer)
							val = w
						}
					}
				}
			}
		}
		v := panicValue(val) // gonotes patch
		if record != nil {
			record(f, v)
		}
		if tn != nil { // gonotes patch
			n.interp.panicTypes.add(v, tn)
		}
		panic(v)
	}
}

func genBuiltinDeferWrapper(n *node, in, out []func(*frame) reflect.Value, fn func([]reflect.Value) []reflect.Value) {
	next := getExec(n.tnext)

	if n.anc.kind == deferStmt {
		n.exec = func(f *frame) bltn {
			val := make([]reflect.Value, len(in)+1)
			inTypes := make([]reflect.Type, len(in))
			for i, v := range in {
				val[i+1] = argCopy(v(f)) // gonotes patch: evaluated now
				inTypes[i] = val[i+1].Type()
			}
			outTypes := make([]reflect.Type, len(out))
			for i, v := range out {
				outTypes[i] = v(f).Type()
			}

			funcType := reflect.FuncOf(inTypes, outTypes, false)
			val[0] = reflect.MakeFunc(funcType, fn)
			f.deferred = append([][]reflect.Value{val}, f.deferred...)
			return next
		}
		return
	}

	n.exec = func(f *frame) bltn {
		val := make([]reflect.Value, len(in))
		for i, v := range in {
			val[i] = v(f)
		}

		dests := fn(val)

		for i, dest := range dests {
			out[i](f).Set(dest)
		}
		return next
	}
}

func genFunctionWrapper(n *node) func(*frame) reflect.Value {
	return genFuncWrapper(n, false)
}

// genCrossFuncWrapper is genFunctionWrapper for a function given to
// compiled code as an any (an element of a template.FuncMap, an argument
// of type any): the wrapper has the cross type of the function
// (crossFuncType). gonotes patch.
func genCrossFuncWrapper(n *node) func(*frame) reflect.Value {
	return genFuncWrapper(n, true)
}

// genFuncWrapper is genFunctionWrapper, with the cross type of the
// function if cross (gonotes patch: genCrossFuncWrapper).
func genFuncWrapper(n *node, cross bool) func(*frame) reflect.Value {
	var def *node
	var ok bool

	if def, ok = n.val.(*node); !ok {
		return genValueAsFunctionWrapper(n)
	}
	numRet := len(def.typ.ret)
	var rcvr func(*frame) reflect.Value
	anyRets := anyResults(def.typ) // gonotes patch: results of an empty interface type (rtname.go)

	late := false
	// gonotes patch: the base of a late receiver with an embedded path, and
	// that path (see lateField below).
	var lateBase func(*frame) reflect.Value
	var lateIndex []int
	if n.recv != nil {
		rcvr = genValueRecv(n)
		late = n.recv.late && len(n.recv.index) == 0 // gonotes patch
		if n.recv.late && len(n.recv.index) > 0 && def.types[numRet].Kind() != reflect.Ptr {
			lateIndex = n.recv.index
			if n.recv.node == nil {
				val := n.recv.val
				lateBase = func(*frame) reflect.Value { return val }
			} else {
				lateBase = genValue(n.recv.node)
			}
		}
	}
	funcType := n.typ.TypeOf()
	// gonotes patch: a func literal passed to a binary function captures
	// the variables of the frame it is made in, as getFunc does (a loop
	// variable of the iteration, not the frame's later one).
	var slots []int
	if n.kind == funcLit {
		slots = capturedSlots(n)
	}
	// gonotes patch (s9-genstd): see frame.detached and loosen.
	detach := !hasRecover(def) && (def.kind == funcDecl || n.kind == funcLit && len(slots) == 0 && !refersUp(n, 1))
	keepOrig, keepAnc := true, true
	if n.kind == funcLit {
		keepOrig, keepAnc = hasRecover(n), refersUp(n, 2)
	}
	// gonotes patch: a method expression T.M or (*T).M as a value: its first
	// argument is the receiver (n.typ.arg is the receiver then def's args).
	argTypes := def.typ.arg
	methExpr := rcvr == nil && n != def && n.kind == selectorExpr && len(n.typ.arg) == len(def.typ.arg)+1 && len(def.types) > numRet
	if methExpr {
		argTypes = n.typ.arg
	}
	// gonotes patch: see crossFuncType.
	var crossIn []bool
	var crossOut []reflect.Type
	var ifaceIn []int8 // gonotes patch (s12): see crossIfaceFuncType
	var ifaceOut []bool
	if cross {
		var crossType reflect.Type
		if crossType, crossIn, crossOut = def.interp.crossFuncType(funcType, argTypes, def.typ.ret); crossType != nil {
			funcType = crossType
		}
		if t, in, out := crossIfaceFuncType(funcType, argTypes, def.typ.ret); t != nil {
			funcType, ifaceIn, ifaceOut = t, in, out
		}
	}

	// gonotes patch (s12-wrap): a plain function (no receiver, no method
	// expression, no cross types, no results of an empty interface type)
	// may reuse its frame and have a typed wrapper (wrapcall.go).
	plainWrap := rcvr == nil && !methExpr && crossIn == nil && crossOut == nil && len(anyRets) == 0 && lateBase == nil
	sig, typedOK := typedSig(funcType)
	// gonotes patch: a declared function's value (`f := add`) is published
	// for direct calls, as closures are (closurecall.go, declValue).
	declValue := rcvr == nil && !methExpr && !cross && n.kind != funcLit && def.kind == funcDecl && !isMethod(def) && !def.rval.IsValid()

	return func(f *frame) reflect.Value {
		// gonotes patch: a method value binds its receiver when it is
		// evaluated, not when it is called (a value receiver is copied).
		var recv reflect.Value
		// gonotes patch: a value-receiver method promoted from an embedded
		// field, called through an interface that holds a pointer (an
		// interface's method, receiver.late): the field is read at each
		// call, as Go does, not copied when the interface is made (Len of
		// an embedded IntHeap stayed 0 after Push through *MaxHeap).
		var lateField reflect.Value
		if lateBase != nil {
			if b := lateBase(f); b.Kind() == reflect.Ptr && !b.IsNil() || b.Kind() == reflect.Struct && pathHasPtr(b, lateIndex) {
				lateField = b // gonotes patch (s14-public9a): or a struct whose path to the receiver goes through a pointer
			}
		}
		if rcvr != nil && !lateField.IsValid() {
			if r := rcvr(f); late && r.Kind() == reflect.Ptr && def.types[numRet].Kind() != reflect.Ptr {
				recv = r // gonotes patch: dereferenced at each call, see receiver.late
			} else {
				recv = bindRecv(r, def.types[numRet])
			}
		}
		var ctl *runCtl     // gonotes patch: the run the value was made in (see getFunc)
		if len(slots) > 0 { // gonotes patch: see slots above
			f = f.cloneSlots(slots).loosen(keepOrig, keepAnc) // gonotes patch (s9-genstd)
		} else if f != nil {
			ctl = f.loadCtl()
			if detach && f != f.root { // gonotes patch (s9-genstd)
				f = f.detached()
			}
		}
		var info *closureInfo // gonotes patch: see declValue; the func value's body keeps it alive
		if declValue {
			info = &closureInfo{lit: def}
		}
		// gonotes patch (s12-wrap): a frame reused from call to call, and
		// typed funcs for common signatures (wrapcall.go).
		w := &wrapCall{def: def, n: n, f: f, ctl: ctl, numRet: numRet}
		if plainWrap {
			if r := frameReuse(def); r.ok {
				w.ri = r
			}
			if typedOK {
				tf := w.typed(sig)
				if info != nil {
					publishClosure(info, tf)
				}
				return tf
			}
		}
		fct := makeFunc(funcType, func(in []reflect.Value) []reflect.Value { // gonotes patch: makeFunc
			defer leaveClosure(enterClosure()) // gonotes patch: call depth
			_ = info
			// Allocate and init local frame. All values to be settable and addressable.
			fr, reused := w.acquire() // gonotes patch (s12-wrap)
			d := fr.data

			if rcvr == nil {
				d = d[numRet:]
			} else {
				// Copy method receiver as first argument.
				recv := recv
				if lateField.IsValid() { // gonotes patch: see lateField
					recv = recvField(lateField, lateIndex)
				}
				if recv.Kind() == reflect.Ptr && d[numRet].Kind() != reflect.Ptr { // gonotes patch: see receiver.late
					d[numRet].Set(recv.Elem())
				} else {
					d[numRet].Set(recv) // gonotes patch: bound by bindRecv
				}
				d = d[numRet+1:]
			}

			// Copy function input arguments in local frame.
			for i, arg := range in {
				if i >= len(d) {
					// In case of unused arg, there may be not even a frame entry allocated, just skip.
					break
				}
				typ := argTypes[i] // gonotes patch: was def.typ.arg[i]
				if methExpr && i == 0 && len(n.promote) > 0 {
					// gonotes patch (s11-gen): a promoted method's receiver.
					arg = promotedRecv(arg, n.promote, d[0].Type())
				}
				if methExpr && i == 0 && arg.Kind() == reflect.Ptr && d[0].Kind() != reflect.Ptr {
					if arg.IsNil() && typ.cat == ptrT { // gonotes patch: as Go's wrapper of the method for *T
						panic(plainRuntimeError(nilValueMethod(typ, def.ident)))
					}
					arg = arg.Elem() // (*T).M of a value receiver method
				}
				if i < len(crossIn) && crossIn[i] && arg.Type() != d[i].Type() { // gonotes patch: see crossFuncType
					arg = reinterpret(arg, d[i].Type())
				}
				if i < len(ifaceIn) && ifaceIn[i] != 0 { // gonotes patch (s12): see crossIfaceFuncType
					arg = def.interp.uncrossIfaceArg(arg, ifaceIn[i])
				}
				setFuncArg(d[i], typ, arg)
			}

			// Interpreter code execution.
			// gonotes patch: a function whose body was not compiled yet
			// when the wrapper was made (a method declared after the func
			// literal deferring a call of it) had another start then: the
			// call ran nothing, silently. Its start is read now.
			runCfg(def.child[3].start, fr, def, n)

			for _, i := range anyRets { // gonotes patch: rtname.go
				fr.data[i] = def.interp.namedResult(fr.data[i])
			}
			if crossOut != nil || ifaceOut != nil { // gonotes patch: see crossFuncType
				out := make([]reflect.Value, numRet)
				for i := range out {
					out[i] = fr.data[i]
					if i < len(crossOut) && crossOut[i] != nil {
						out[i] = reinterpret(out[i], crossOut[i])
					}
					if i < len(ifaceOut) && ifaceOut[i] { // gonotes patch (s12)
						out[i] = def.interp.crossIfaceResult(out[i])
					}
				}
				return out
			}
			return w.results(fr, reused) // gonotes patch (s12-wrap)
		})
		if info != nil {
			publishClosure(info, fct)
		}
		return fct
	}
}

// uncrossFunc returns the function fn, of type ft, as a function of the
// interpreted func type typ (rtype, its reflect type) when ft is typ's
// cross type (crossFuncType: an interpreted function that went through
// compiled code, a FuncMap's func([]Item) float64, asserted back):
// arguments and results are reinterpreted between the two types. It
// reports false if ft is not typ's cross type. gonotes patch.
func (interp *Interpreter) uncrossFunc(ft reflect.Type, fn any, typ *itype, rtype reflect.Type) (any, bool) {
	if ft == nil || rtype == nil || ft == rtype || ft.Kind() != reflect.Func || rtype.Kind() != reflect.Func || typ.cat != funcT || fn == nil {
		return nil, false
	}
	if interp.isIfaceFuncOf(ft, typ, rtype) { // gonotes patch (s12-iface): ifacefunc.go
		return interp.unIfaceFunc(reflect.ValueOf(fn), rtype).Interface(), true
	}
	cross, _, _ := interp.crossFuncType(rtype, typ.arg, typ.ret)
	if cross != ft {
		return nil, false
	}
	fv := reflect.ValueOf(fn)
	if fv.IsNil() {
		return reflect.Zero(rtype).Interface(), true
	}
	return reflect.MakeFunc(rtype, func(in []reflect.Value) []reflect.Value {
		args := make([]reflect.Value, len(in))
		for i, a := range in {
			args[i] = reinterpret(a, ft.In(i))
		}
		var out []reflect.Value
		if ft.IsVariadic() {
			out = fv.CallSlice(args)
		} else {
			out = fv.Call(args)
		}
		for i := range out {
			out[i] = reinterpret(out[i], rtype.Out(i))
		}
		return out
	}).Interface(), true
}

// crossFuncType returns the type of the wrapper of an interpreted function
// of type ft given to compiled code when a parameter or result type of it
// (args, rets) has a runtime type of its own (crossRType: a named runtime
// type, or a composite of them, []main.Item): ft with those types, so that
// compiled code giving it values of those types (text/template calling a
// FuncMap function with .Items, a []main.Item) can call it (it checked
// "wrong type for value; expected []main.Item; got []main.Item"). in tells
// the parameters whose arguments are to be reinterpreted as the
// interpreter's type, out the result types to reinterpret the results as.
// It returns nil if no type changes. gonotes patch.
func (interp *Interpreter) crossFuncType(ft reflect.Type, args, rets []*itype) (reflect.Type, []bool, []reflect.Type) {
	if ft == nil || ft.Kind() != reflect.Func || ft.NumIn() != len(args) || ft.NumOut() != len(rets) {
		return nil, nil, nil
	}
	cross := func(t *itype, rt reflect.Type) reflect.Type {
		if t == nil || isInterface(t) || isFuncSrc(t) || t.cat == valueT {
			return nil
		}
		r := interp.crossRType(t)
		if r == nil || r == rt || r.Size() != rt.Size() || r.Kind() != rt.Kind() {
			return nil
		}
		return r
	}
	changed := false
	ins := make([]reflect.Type, ft.NumIn())
	var in []bool
	for i := range ins {
		ins[i] = ft.In(i)
		if ft.IsVariadic() && i == len(ins)-1 {
			continue
		}
		if r := cross(args[i], ins[i]); r != nil {
			if in == nil {
				in = make([]bool, len(ins))
			}
			ins[i], in[i], changed = r, true, true
		}
	}
	outs := make([]reflect.Type, ft.NumOut())
	var out []reflect.Type
	for i := range outs {
		outs[i] = ft.Out(i)
		if r := cross(rets[i], outs[i]); r != nil {
			if out == nil {
				out = make([]reflect.Type, len(outs))
			}
			outs[i], out[i], changed = r, r, true
		}
	}
	if !changed {
		return nil, nil, nil
	}
	return reflect.FuncOf(ins, outs, ft.IsVariadic()), in, out
}

// bindRecv returns the receiver src of a method value as the method's
// receiver type t, evaluated now as Go does: the address of an addressable
// value for a pointer receiver, a copy of the value for a value receiver
// (gonotes patch: the receiver was read again at each call).
func bindRecv(src reflect.Value, t reflect.Type) reflect.Value {
	// gonotes patch: Interface only for a value that may hold a
	// valueInterface: it copies a struct value, and read a receiver such
	// as a sync.Mutex while other goroutines lock it.
	for src.IsValid() && (src.Kind() == reflect.Interface || src.Type() == valueInterfaceType) {
		vs, ok := src.Interface().(valueInterface)
		if !ok {
			break
		}
		src = vs.value
	}
	sk, dk := src.Kind(), t.Kind()
	switch {
	case sk == reflect.Ptr && dk != reflect.Ptr:
		src = src.Elem()
	case sk != reflect.Ptr && dk == reflect.Ptr:
		return src.Addr()
	}
	if !src.CanInterface() {
		return src
	}
	v := reflect.New(src.Type()).Elem()
	v.Set(src)
	return v
}

func genInterfaceWrapper(n *node, typ reflect.Type) func(*frame) reflect.Value {
	value := genValue(n)
	if typ == nil || typ.Kind() != reflect.Interface || typ.NumMethod() == 0 || n.typ.cat == valueT {
		return value
	}
	tc := n.typ.cat
	if tc != structT {
		// Always force wrapper generation for struct types, as they may contain
		// embedded interface fields which require wrapping, even if reported as
		// implementing typ by reflect.
		if nt := n.typ.frameType(); nt != nil && nt.Implements(typ) {
			return value
		}
	}

	// gonotes patch: a value of a type with a method table (rtmethods.go)
	// is given as a value of its named runtime type, which has the methods
	// itself: no wrapper, so that the compiled interface holds the value's
	// type with all its methods (map keys, ==, reflect, encoders, fmt
	// calling Error before String). Errors too (s10-stringer).
	if t := n.typ; n.interp.namedForIface(t, typ) != nil {
		interp := n.interp
		return func(f *frame) reflect.Value { return interp.toNamed(t, value(f)) }
	}

	n.interp.noteWrapped(n.typ) // gonotes patch: see wrappedName

	// Retrieve methods from the interface wrapper, which is a struct where all fields
	// except the first define the methods to implement.
	// As the field name was generated with a prefixed first character (in order to avoid
	// collisions with method names), this first character is ignored in comparisons.
	wrap := getWrapper(n, typ)
	mn := wrap.NumField() - 1
	names := make([]string, mn)
	for i := 0; i < mn; i++ {
		names[i] = wrap.Field(i + 1).Name[1:]
	}
	// gonotes patch: the methods are looked up again when the type's
	// methods changed (a later cell declared one again, methodsKey), so
	// that a wrapper made after that calls the method as declared now.
	lookup := func() *wrapperMethods {
		wm := &wrapperMethods{key: methodsKey(n.typ), methods: make([]*node, mn), indexes: make([][]int, mn)}
		for i := 0; i < mn; i++ {
			wm.methods[i], wm.indexes[i] = n.typ.lookupSrcMethod(names[i]) // gonotes patch (s11-fixa): not a deeper one than a compiled type's
			if wm.methods[i] == nil && n.typ.cat != nilT {
				// interpreted method not found, look for binary method, possibly embedded
				_, wm.indexes[i], _, _ = n.typ.lookupBinMethod(names[i])
			}
		}
		return wm
	}
	var current atomic.Pointer[wrapperMethods]
	current.Store(lookup())

	return func(f *frame) reflect.Value {
		v := value(f)
		wm := current.Load()
		if wm.key != methodsKey(n.typ) {
			wm = lookup()
			current.Store(wm)
		}
		methods, indexes := wm.methods, wm.indexes
		if tc != structT && v.Type().Implements(typ) {
			return v
		}
		// gonotes patch: a nil pointer (map, slice, func, chan) of an
		// interpreted type with methods makes a non-nil interface, as in
		// Go; only a nil interface or the nil literal gives a nil one.
		switch v.Kind() {
		case reflect.Interface:
			if v.IsNil() {
				return reflect.New(typ).Elem()
			}
		case reflect.Chan, reflect.Func, reflect.Map, reflect.Ptr, reflect.Slice:
			if v.IsNil() && (tc == nilT || len(n.typ.methods()) == 0) {
				return reflect.New(typ).Elem()
			}
		}
		var n2 *node
		if vi, ok := v.Interface().(valueInterface); ok {
			if vi.node == nil || !vi.value.IsValid() {
				// gonotes patch (s11-fixa): a nil interface of interpreted
				// code (fmt.Stringer(s), s a nil Strunger) is a nil one.
				return reflect.New(typ).Elem()
			}
			// gonotes patch (s10-stringer): a value of a type with a
			// method table held by an interpreted interface is given
			// as its named runtime value, as above, with all its
			// methods (fmt calls Error before String).
			if in := innermostVI(vi); in.node != nil && in.value.IsValid() && n.interp.namedForIface(in.node.typ, typ) != nil {
				return n.interp.toNamed(in.node.typ, in.value)
			}
			n2 = vi.node
			if n2 != nil { // gonotes patch: rtiface.go
				n.interp.noteWrappedType(n2.typ)
			}
		}
		if tc == structT || n2 != nil && n2.typ != nil && n2.typ.cat == structT { // gonotes patch: or an interface holding a struct
			// gonotes patch: the value of a struct type is the struct, not
			// an emulated interface whose last set field getConcreteValue
			// would take (the wrapper held the string field of an error
			// struct, and errors.As could not find the struct).
			v = valueInterfaceValue(v)
		} else {
			v = getConcreteValue(v)
		}
		w := reflect.New(wrap).Elem()
		w.Field(0).Set(v)
		for i, m := range methods {
			if m == nil {
				// First direct method lookup on field.
				if r := methodByName(v, names[i], indexes[i]); r.IsValid() {
					w.Field(i + 1).Set(r)
					continue
				}
				if n2 == nil {
					panic(n.cfgErrorf("method not found: %s", names[i]))
				}
				// Method lookup in embedded valueInterface.
				m2, i2 := n2.typ.lookupMethod(names[i])
				if m2 != nil {
					nod := *m2
					nod.recv = &receiver{n, v, i2, true} // gonotes patch: late
					w.Field(i + 1).Set(genFunctionWrapper(&nod)(f))
					continue
				}
				panic(n.cfgErrorf("method not found: %s", names[i]))
			}
			nod := *m
			nod.recv = &receiver{n, v, indexes[i], true} // gonotes patch: late
			w.Field(i + 1).Set(genFunctionWrapper(&nod)(f))
		}
		if n2 != nil { // gonotes patch: rtiface.go
			n.interp.noteWrapper(w, n2)
		} else {
			n.interp.noteWrapper(w, n)
		}
		return w
	}
}

// wrapperMethods are the methods of an interpreted type that an interface
// wrapper calls (genInterfaceWrapper), found when the type's methods were
// those of key (methodsKey). gonotes patch.
type wrapperMethods struct {
	key     uint64
	methods []*node
	indexes [][]int
}

// methodByName returns the method corresponding to name on value, or nil if not found.
// The search is extended on valueInterface wrapper if present.
// If valid, the returned value is a method function with the receiver already set
// (no need to pass it at call).
func methodByName(value reflect.Value, name string, index []int) (v reflect.Value) {
	if vi, ok := value.Interface().(valueInterface); ok {
		if v = getConcreteValue(vi.value).MethodByName(name); v.IsValid() {
			return
		}
	}
	if v = value.MethodByName(name); v.IsValid() {
		return
	}
	for value.Kind() == reflect.Ptr {
		value = value.Elem()
		if checkFieldIndex(value.Type(), index) {
			value = unsafe2.Exported(value.FieldByIndex(index)) // gonotes patch: the field may be unexported
		}
		if v = value.MethodByName(name); v.IsValid() {
			return
		}
		// gonotes patch: a pointer-receiver method of a compiled type
		// embedded by value, reached through a pointer (addressable).
		if value.Kind() != reflect.Ptr && value.Kind() != reflect.Interface && value.CanAddr() {
			if v = value.Addr().MethodByName(name); v.IsValid() {
				return
			}
		}
	}
	// gonotes patch: a method of an embedded field that reflect does not
	// promote (an embedded interface with methods is a plain field).
	if value.Kind() == reflect.Struct && len(index) > 0 && checkFieldIndex(value.Type(), index) {
		fv := unsafe2.Exported(value.FieldByIndex(index))
		if fv.Kind() == reflect.Interface && !fv.IsNil() {
			fv = fv.Elem()
		}
		if fv.IsValid() {
			v = fv.MethodByName(name)
		}
	}
	return
}

func checkFieldIndex(typ reflect.Type, index []int) bool {
	if len(index) == 0 {
		return false
	}
	t := typ
	for t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return false
	}
	i := index[0]
	if i >= t.NumField() {
		return false
	}
	if len(index) > 1 {
		return checkFieldIndex(t.Field(i).Type, index[1:])
	}
	return true
}

func call(n *node) {
	goroutine := n.anc.kind == goStmt
	c0 := n.child[0]
	value := genValue(c0)
	var values []func(*frame) reflect.Value

	numRet := len(c0.typ.ret)
	variadic := variadicPos(n)
	child := n.child[1:]
	tnext := getExec(n.tnext)
	fnext := getExec(n.fnext)
	// gonotes patch: the call is a condition if it has a false branch, even
	// when the branch's exec is nil (a bare return, the end of the func).
	branch := n.fnext != nil
	hasVariadicArgs := n.action == aCallSlice // callSlice implies variadic call with ellipsis.

	// Compute input argument value functions.
	for i, c := range child {
		var arg *itype
		if variadic >= 0 && i >= variadic {
			arg = c0.typ.arg[variadic].val
		} else {
			arg = c0.typ.arg[i]
		}
		// gonotes patch: in f(a, s...), only the slice s is passed as is
		// (hasVariadicArgs was applied to every argument: an interface
		// argument a was not made an interface value).
		asIs := hasVariadicArgs && i == len(child)-1
		switch {
		case isBinCall(c, c.scope):
			// Handle nested function calls: pass returned values as arguments.
			numOut := c.child[0].typ.rtype.NumOut()
			rnodes := binResultNodes(c, c.child[0].typ.rtype) // gonotes patch (s20-pycompat20)
			for j := 0; j < numOut; j++ {
				ind := c.findex + j
				if asIs || !isInterfaceSrc(arg) || isEmptyInterface(arg) { // gonotes patch: asIs
					values = append(values, func(f *frame) reflect.Value { return f.data[ind] })
					continue
				}
				rn := rnodes[j]
				values = append(values, func(f *frame) reflect.Value {
					// gonotes patch (s20-pycompat20): with a node of its
					// type (use(strings.NewReader("x")), use's parameter
					// an interface of the program: q.Len() panicked).
					return binResultIface(rn, f.data[ind])
				})
			}
		case isRegularCall(c):
			// Arguments are return values of a nested function call.
			cc0 := c.child[0]
			for j := range cc0.typ.ret {
				ind := c.findex + j
				rn := &node{kind: identExpr, typ: cc0.typ.ret[j], findex: ind, interp: c.interp, scope: c.scope} // gonotes patch: declared before the if
				if !asIs && dynIfaceValue(arg, rn) {
					// gonotes patch: the empty interface keeps the value's type (dyntype.go).
					values = append(values, genDynValue(rn))
					continue
				}
				if rt := cc0.typ.ret[j]; !asIs && isEmptyInterface(arg) && len(rt.method) > 0 && !isInterface(rt) {
					// gonotes patch: a result of a type with methods given
					// as an any keeps its type, as a variable's value does
					// (g(mk()) printed %T struct {}).
					values = append(values, genValueInterface(rn))
					continue
				}
				if rt := cc0.typ.ret[j]; !asIs && isInterfaceBin(arg) && !isInterface(rt) && !isFuncSrc(rt) {
					// gonotes patch: a result of an interpreted type given
					// for a compiled interface (g(newT()), g's parameter an
					// io.Reader) is wrapped with its methods, as a
					// variable is (default case below); it was given as
					// is ("value of type *struct {...} is not assignable
					// to type io.Reader").
					values = append(values, genInterfaceWrapper(rn, arg.rtype))
					continue
				}
				if asIs || !isInterfaceSrc(arg) || isEmptyInterface(arg) { // gonotes patch: asIs
					values = append(values, func(f *frame) reflect.Value { return f.data[ind] })
					continue
				}
				// gonotes patch: the result is made an interface value as a
				// variable is (genValueInterface): a result of an
				// interface type is already one (it was wrapped again,
				// with the node of the interface's declaration, whose
				// type is nil: a type switch on the parameter matched no
				// case, or panicked).
				values = append(values, genValueInterface(rn))
			}
		default:
			if c.kind == basicLit || c.rval.IsValid() {
				argType := arg.TypeOf()
				if asIs && argType != nil && c.typ != nil && c.typ.cat == nilT { // gonotes patch (s19-public19): f(nil...), a nil slice
					argType = reflect.SliceOf(argType)
				}
				convertLiteralValue(c, argType)
			}
			switch {
			case asIs: // gonotes patch: see asIs
				values = append(values, genValue(c))
			case dynIfaceValue(arg, c): // gonotes patch: the empty interface keeps the value's type (dyntype.go)
				values = append(values, genDynValue(c))
			case isEmptyInterface(arg) && isNamedFuncSrc(c.typ) && len(c.typ.method) == 0:
				// gonotes patch (s11-refl): a declared func given for a
				// parameter of an empty interface type is a func value,
				// as assigned to a variable (the parameter held the
				// interpreter's *node: reflect.ValueOf(f).Kind() was ptr).
				values = append(values, genFuncValue(c))
			case isInterfaceSrc(arg) && (!isEmptyInterface(arg) || len(c.typ.method) > 0):
				values = append(values, genValueInterface(c))
			case isInterfaceBin(arg):
				values = append(values, genInterfaceWrapper(c, arg.rtype))
			case isFuncSrc(arg):
				values = append(values, genFuncValue(c))
			default:
				values = append(values, genValue(c))
			}
		}
	}

	// gonotes patch (s11-gen): a method expression T.M of a promoted
	// method called directly: its first argument is a T, the receiver the
	// embedded field.
	if len(values) > 0 && len(c0.promote) > 0 && c0.kind == selectorExpr {
		if m, ok := c0.val.(*node); ok && m.kind == funcDecl && len(m.types) > len(m.typ.ret) {
			recv0, path, rt := values[0], c0.promote, m.types[len(m.typ.ret)]
			values[0] = func(f *frame) reflect.Value { return promotedRecv(recv0(f), path, rt) }
		}
	}

	// gonotes patch: a method expression (*T).M of a value-receiver method
	// called directly: its first argument is a *T, the receiver a T (the
	// func value path, genFunctionWrapper, dereferenced it already).
	if len(values) > 0 && isValueRecvMethodExprOfPtr(c0) {
		recv0 := values[0]
		nilMsg := nilValueMethod(c0.typ.arg[0], c0.child[1].ident)
		values[0] = func(f *frame) reflect.Value {
			v := recv0(f)
			if v.Kind() != reflect.Ptr {
				return v
			}
			if v.IsNil() {
				panic(plainRuntimeError(nilMsg)) // as Go's wrapper of the method for *T
			}
			return v.Elem()
		}
	}

	// Compute output argument value functions.
	rtypes := c0.typ.ret
	rvalues := make([]func(*frame) reflect.Value, len(rtypes))
	aliasRet := make([]bool, len(rtypes)) // gonotes patch: results the callee writes in place
	switch n.anc.kind {
	case defineXStmt, assignXStmt:
		l := n.level
		for i := range rvalues {
			c := n.anc.child[i]
			switch {
			case c.ident == "_":
				// Skip assigning return value to blank var.
			default:
				j := n.findex + i
				rvalues[i] = func(f *frame) reflect.Value { return getFrame(f, l).data[j] }
			}
		}
	case returnStmt:
		// Function call from a return statement: forward return values (always at frame start).
		for i := range rtypes {
			j := n.findex + i
			// Set the return value location in return value of caller frame.
			rvalues[i] = func(f *frame) reflect.Value { return f.data[j] }
		}
	default:
		// Multiple return values frame index are indexed from the node frame index.
		l := n.level
		for i := range rtypes {
			j := n.findex + i
			rvalues[i] = func(f *frame) reflect.Value { return getFrame(f, l).data[j] }
		}
	}

	// gonotes patch: direct calls of compiled func values of the common
	// yield types (range over func).
	var fast func(*frame, reflect.Value) (bool, bool)
	if !goroutine && !hasVariadicArgs && len(values) == len(child) && len(rvalues) == 1 && n.anc.kind != defineXStmt && n.anc.kind != assignXStmt {
		fast = fastBoolCall(c0.typ, values)
	}

	if n.anc.kind == deferStmt {
		// Store function call in frame for deferred execution.
		value = genFunctionWrapper(c0)
		n.exec = func(f *frame) bltn {
			val := make([]reflect.Value, len(values)+1)
			val[0] = value(f)
			for i, v := range values {
				val[i+1] = argCopy(v(f)) // gonotes patch: evaluated now
			}
			if hasVariadicArgs { // gonotes patch (s19-public19): see deferSpread
				val = deferSpread(val)
			}
			f.deferred = append([][]reflect.Value{val}, f.deferred...)
			return tnext
		}
		return
	}

	// gonotes patch: the frame of the last call of a declared function is reused
	// (fastcall.go), and a call of a declared function reads no frame.
	sdef := declaredCallee(c0) // gonotes patch: fastcall.go
	mc := directMethod(n)      // gonotes patch: methodcall.go
	var ic *ifaceCall          // gonotes patch: ifacecall.go
	if mc == nil && sdef == nil {
		ic = directIfaceMethod(n)
	}
	site := -1
	if !goroutine && sdef != nil {
		site = callSite(n, sdef)
	}
	lit := calledLit(c0) // gonotes patch: see the comment above n.exec
	var litSlots []int
	if lit {
		litSlots = capturedSlots(c0)
	}
	var siteDef *node // gonotes patch (s9-speed): the method of a site of a direct method call
	var dyn *dynSites // gonotes patch (s9-speed): the sites of a call whose callee changes (ifacecall.go)
	var cloDyn bool   // dyn is for closures called directly
	switch {
	case goroutine || lit:
	case mc != nil:
		siteDef = mc.def
		site = callSite(n, mc.def)
	case ic != nil:
		dyn = n.interp.dynCallSites(n, ic.name)
	case sdef == nil && isFuncSrc(c0.typ):
		dyn, cloDyn = n.interp.dynCallSites(n, ""), true
	}
	anyAlias := false
	for _, a := range aliasRet {
		anyAlias = anyAlias || a
	}

	// gonotes patch: `go func(...) {...}(...)` runs the literal's body on a
	// frame made here, by the goroutine running the go statement, as a
	// call of a declared function is (getFunc makes no func value for it).
	// Through the literal's func value, the frame was made when the new
	// goroutine first ran: on the frame the literal was made in as it was
	// then, in the run of that frame then (the next input's, if the
	// goroutine started after the input that ran the go statement ended).
	// `func(...) {...}(...)` runs the same way (inside a function it did
	// already, through the frame's closures; at the top level it went
	// through a reflect.MakeFunc value).

	n.exec = func(f *frame) bltn {
		var bf reflect.Value
		def, ok := sdef, sdef != nil // gonotes patch: see sdef
		var recv reflect.Value       // gonotes patch: see mc
		var clo *frame               // gonotes patch: the frame a closure called directly runs on (closurecall.go)
		if lit {                     // gonotes patch: see lit
			def, ok, clo = c0, true, f
			if len(litSlots) > 0 {
				clo = f.cloneSlots(litSlots)
			}
		}
		if mc != nil {
			if recv = mc.receiver(f); recv.IsValid() {
				def, ok = mc.def, true
			} else {
				mv := mc.value(f) // what c0's exec did not make (it may panic)
				f.mutex.Lock()
				getFrame(f, mc.level).data[mc.index] = mv
				f.mutex.Unlock()
			}
		}
		if ic != nil { // gonotes patch: else ic stored the method value in c0's slot
			if d, r := ic.resolve(f); d != nil {
				def, ok, recv = d, true, r
			}
		}
		if !ok {
			f.mutex.Lock()
			bf = value(f)
			def, ok = bf.Interface().(*node)
			if ok {
				bf = def.rval
			}
			f.mutex.Unlock()
		}

		if !ok && !goroutine && bf.Kind() == reflect.Func {
			var e *closureEntry
			if len(f.closures) > 0 {
				e = f.closureOf(&bf)
			}
			if e != nil {
				def, ok, clo = e.lit, true, e.fr
				bf = reflect.Value{}
			} else if ci := lookupClosure(&bf); ci != nil { // gonotes patch: a closure made elsewhere (closurecall.go)
				def, ok, clo = ci.lit, true, ci.fr
				bf = reflect.Value{}
			}
		}

		// Call bin func if defined
		if bf.IsValid() {
			if fast != nil { // gonotes patch
				if r, ok := fast(f, bf); ok {
					if v := rvalues[0]; v != nil {
						v(f).SetBool(r)
					}
					if branch && !r { // gonotes patch: see branch
						return fnext
					}
					return tnext
				}
			}

			// gonotes patch (s9-speed): bf is called here, not by a func
			// literal that captured it (which moved bf to the heap at every
			// call of the exec, whatever the callee).
			if goroutine {
				// Goroutine's arguments should be copied.
				in := make([]reflect.Value, len(values))
				for i, v := range values {
					value := v(f)
					in[i] = reflect.New(value.Type()).Elem()
					in[i].Set(value)
				}

				go callFuncValue(bf, in, hasVariadicArgs)
				return tnext
			}

			in := make([]reflect.Value, len(values))
			for i, v := range values {
				in[i] = v(f)
			}
			out := callFuncValue(bf, in, hasVariadicArgs)
			for i, v := range rvalues {
				if v != nil {
					dst := v(f)
					dst.Set(unboxFunc(dst, out[i])) // gonotes patch: recursive func types
				}
			}
			if branch && !out[0].Bool() { // gonotes patch: see branch
				return fnext
			}
			return tnext
		}

		// gonotes patch: reuse the frame of the last call of def from
		// this frame (fastcall.go); not on the global frame, nor with a
		// debugger.
		var nf *frame
		reused := false
		s := site
		if dyn != nil && (clo != nil || !cloDyn || def != nil && def.kind == funcDecl) && def != nil { // gonotes patch (s9-speed); a declared function's value too (declValue)
			s = dyn.site(f, def)
		}
		if s >= 0 && f != f.root && n.interp.debugger == nil && recvReuse(mc, ic, siteDef, def) {
			if r := frameReuse(def); r.ok {
				if nf = f.kid(s, def); nf != nil {
					reuseFrame(nf, f)
				} else {
					nf = newReusedFrame(r, def, f)
					f.setKid(s, nf)
				}
				if clo != nil { // gonotes patch (s9-speed): a closure's body runs on its frame
					nf.anc = clo
					nf.root = clo.root
				}
				reused = true
			}
		}
		if nf == nil && clo != nil { // gonotes patch: a closure runs on its frame, in the caller's run
			nf = newFrame(clo, len(def.types), f.runid())
			nf.ctl = f.loadCtl() // gonotes patch: see runCtl (nf is not shared yet)
		}
		if nf == nil {
			nf = newFrame(f, len(def.types), f.runid())
		}
		if !goroutine { // gonotes patch: call depth
			nf.from, nf.fromAt = f, n              // gonotes patch (s17-caller)
			nf.depth = f.depth + stackCallWeight() // gonotes patch (s13-misc): it takes Go stack (depth.go)
			if nf.depth > MaxCallDepth {
				panic(stackDepthError())
			}
		} else {
			nf.from, nf.fromAt = nil, n // gonotes patch (s17-caller): a goroutine's function has no interpreted caller
		}
		var vararg reflect.Value

		// Init return values
		// gonotes patch: the results are slots of the callee, zero when it
		// starts, copied to their destinations when it returns (see
		// copyOut). Upstream the callee wrote into the destinations
		// themselves, which kept the value of the previous call of the
		// same call site (in a loop, `x := g()` with
		// `func g() (r int) { r++; return }` gave 1, 2, 3...) or of the
		// variable assigned, and changed them before the call returned.
		if !reused { // gonotes patch: a reused frame's slots were reset
			fastSlots(def, nf.data, def.types) // gonotes patch: one allocation for scalar slots
		}
		if anyAlias {
			for i, v := range rvalues {
				if v != nil && aliasRet[i] {
					nf.data[i] = v(f)
				}
			}
		}

		// Init variadic argument vector
		if variadic >= 0 {
			vararg = nf.data[numRet+variadic]
		}

		// Copy input parameters from caller
		dest := nf.data[numRet:]
		if recv.IsValid() { // gonotes patch: the receiver of a direct method call
			if !fastCopy(&dest[0], &recv) {
				dest[0].Set(recv)
			}
			dest = dest[1:]
		}
		if len(dest) > 0 {
			for i, v := range values {
				switch {
				case variadic >= 0 && i >= variadic:
					if hasVariadicArgs { // gonotes patch: only f(s...) passes the slice itself; f(s) with s of the variadic slice type is one element
						vararg.Set(v(f))
					} else {
						vararg.Set(reflect.Append(vararg, v(f)))
					}
				default:
					val := v(f)
					if fastCopy(&dest[i], &val) { // gonotes patch: a number, bool or string
						continue
					}
					if val.IsZero() && dest[i].Kind() != reflect.Interface {
						// Work around a recursive struct zero interface issue.
						// Once there is a better way to handle this case, the dest can just be set.
						continue
					}
					if k := val.Kind(); k != reflect.Ptr && k != reflect.Interface { // gonotes patch: no boxing for other kinds
					} else if nod, ok := val.Interface().(*node); ok && nod.recv != nil {
						// An interpreted method is passed as value in a function call.
						// It must be wrapped now, otherwise the receiver will be missing
						// at the method call (#1332).
						// TODO (marc): wrapping interpreted functions should be always done
						// everywhere at runtime to simplify the whole code,
						// but it requires deeper refactoring.
						dest[i] = genFunctionWrapper(nod)(f)
						continue
					}
					dest[i].Set(val)
				}
			}
		}

		// Execute function body
		if goroutine {
			go runCfg(def.child[3].start, nf, def, n)
			return tnext
		}
		runCfg(def.child[3].start, nf, def, n)
		if nf.stopped() {
			// gonotes patch: the run that made the call was stopped; the
			// caller stops too, and its frame (the global one may already
			// be in use by the next run, with its own stop flag) must not
			// be written.
			return tnext
		}
		for i, v := range rvalues { // gonotes patch: see aliasRet
			if v != nil && !aliasRet[i] {
				if d := v(f); !fastCopy(&d, &nf.data[i]) {
					d.Set(nf.data[i])
				}
			}
		}

		// Handle branching according to boolean result
		if branch && !nf.data[0].Bool() { // gonotes patch: see branch
			return fnext
		}
		return tnext
	}
}

// callFuncValue calls the func value bf with in (CallSlice if slice: the
// call ends with s...). gonotes patch (s9-speed).
func callFuncValue(bf reflect.Value, in []reflect.Value, slice bool) []reflect.Value {
	if slice {
		return bf.CallSlice(in)
	}
	return bf.Call(in)
}

func getFrame(f *frame, l int) *frame {
	switch l {
	case globalFrame:
		return f.globals() // gonotes patch: see globals
	case 0:
		return f
	case 1:
		return f.anc
	case 2:
		return f.anc.anc
	}
	for ; l > 0; l-- {
		f = f.anc
	}
	return f
}

// Callbin calls a function from a bin import, accessible through reflect.
// binParamType returns the type of the argument at index i of a call of a
// func of type ft (nil if there is none). gonotes patch.
func binParamType(ft reflect.Type, i int, callSlice bool) reflect.Type {
	if ft.IsVariadic() && i >= ft.NumIn()-1 {
		t := ft.In(ft.NumIn() - 1)
		if !callSlice {
			t = t.Elem()
		}
		return t
	}
	if i < ft.NumIn() {
		return ft.In(i)
	}
	return nil
}

func callBin(n *node) {
	if reflectValueCall(n) { // gonotes patch (s17-misc17): see markValueError
		defer markValueErrors(n)
	}
	tnext := getExec(n.tnext)
	fnext := getExec(n.fnext)
	child := n.child[1:]
	c0 := n.child[0]
	value := genValue(c0)
	value = genReflectGuard(c0, value) // gonotes patch (s17-ifacelayout): reflectguard.go
	if dv := reflect.ValueOf(interpDeepEqual); isDeepEqual(c0) && c0.typ.rtype == dv.Type() {
		// gonotes patch (s13-ifacefield): deepequal.go.
		value = func(*frame) reflect.Value { return dv }
	}
	var values []func(*frame) reflect.Value
	funcType := c0.typ.rtype
	wt := wrappedType(c0)
	variadic := -1
	if funcType.IsVariadic() {
		variadic = funcType.NumIn() - 1
	}
	// A method signature obtained from reflect.Type includes receiver as 1st arg, except for interface types.
	rcvrOffset := 0
	if recv := c0.recv; recv != nil && !isInterface(recv.node.typ) {
		if variadic > 0 || funcType.NumIn() > len(child) {
			rcvrOffset = 1
		}
	}

	// getMapType returns a reflect type suitable for interface wrapper for functions
	// with some special processing in case of interface{} argument, i.e. fmt.Printf.
	var getMapType func(*itype) reflect.Type
	convMode := convNone // gonotes patch: see fmtConvert
	lr, ok := n.interp.mapTypes[c0.rval]
	if !ok { // gonotes patch: a method of a compiled type (json.Encoder.Encode)
		lr, ok = n.interp.methodMapTypes(c0)
	}
	if ok {
		convMode = mapTypesConv(lr)
		getMapType = func(typ *itype) reflect.Type {
			// gonotes patch: the method set of an interpreted typ is made
			// once, not once per interface of lr (implements makes both
			// sets each time); a type without methods implements only an
			// interface without methods, whose set is empty too.
			var ms methodSet
			// gonotes patch (s12): a type defined from a compiled type
			// with methods of its own (type Duration time.Duration with
			// MarshalJSON) has the interpreted method set, not the
			// compiled type's.
			bin := isBin(typ) && !hasInterpMethods(typ)
			if !bin {
				ms = typ.methods()
			}
			for _, rt := range lr {
				var ok bool
				switch {
				case bin:
					ok = typ.implements(&itype{cat: valueT, rtype: rt})
				case len(ms) == 0:
					ok = rt.NumMethod() == 0
				default:
					ok = ms.contains((&itype{cat: valueT, rtype: rt}).methods())
				}
				if ok && inMethodSet(typ, rt) { // gonotes patch: method set
					return rt
				}
			}
			return nil
		}
	}

	// Determine if we should use `Call` or `CallSlice` on the function Value.
	callFn := func(v reflect.Value, in []reflect.Value) []reflect.Value { return v.Call(in) }
	if n.action == aCallSlice {
		callFn = func(v reflect.Value, in []reflect.Value) []reflect.Value { return v.CallSlice(in) }
	}

	for i, c := range child {
		switch {
		case isBinCall(c, c.scope):
			// Handle nested function calls: pass returned values as arguments
			numOut := c.child[0].typ.rtype.NumOut()
			deep := getMapType == nil && isDeepEqual(c0) // gonotes patch: a value of a named runtime type (rtstruct.go)
			for j := 0; j < numOut; j++ {
				ind := c.findex + j
				if deep && c.child[0].typ.rtype.Out(j).Kind() == reflect.Interface { // gonotes patch
					values = append(values, func(f *frame) reflect.Value { return deepUnwrap(valueInterfaceValue(f.data[ind]), 0) })
					continue
				}
				if pt := binParamType(funcType, len(values)+rcvrOffset, n.action == aCallSlice); convMode == convFmt && pt != nil && pt.Kind() == reflect.Interface && pt.NumMethod() == 0 &&
					c.child[0].typ.rtype.Out(j).Kind() == reflect.Interface {
					// gonotes patch: a compiled call's result of an
					// interface type (reflect.Value.Interface of a field
					// of type any) holding an interpreted value, given to
					// fmt: as its named runtime type (fmtnamed.go).
					values = append(values, func(f *frame) reflect.Value {
						v := f.data[ind]
						if v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() && v.Elem().Type() == valueInterfaceType {
							if nv := fmtNamedVI(v.Elem().Interface().(valueInterface), getMapType); nv.IsValid() {
								return nv
							}
						}
						return valueInterfaceValue(v)
					})
					continue
				}
				values = append(values, func(f *frame) reflect.Value { return valueInterfaceValue(f.data[ind]) })
			}
		case isRegularCall(c):
			// Handle nested function calls: pass returned values as arguments
			for j, rt := range c.child[0].typ.ret {
				ind := c.findex + j
				if pt := binParamType(funcType, len(values)+rcvrOffset, n.action == aCallSlice); convMode == convFmt && pt != nil && pt.Kind() == reflect.Interface && pt.NumMethod() == 0 &&
					fmtNamedCandidate(n.interp, rt, getMapType) {
					// gonotes patch: a result of an interpreted type given
					// to fmt as its named runtime type (fmtnamed.go).
					res := &node{kind: identExpr, typ: rt, findex: ind, interp: c.interp, scope: c.scope}
					other := func(f *frame) reflect.Value { return valueInterfaceValue(f.data[ind]) }
					if wt := getMapType(rt); wt != nil {
						other = genInterfaceWrapper(res, wt)
					}
					values = append(values, genFmtNamedArg(n.interp, res, other, getMapType))
					continue
				}
				if getMapType != nil && rt != nil && rt.cat != valueT && !isInterface(rt) && !isFuncSrc(rt) {
					// gonotes patch: a result of an interpreted type with
					// methods (fmt.Println(f()), f returning a Stringer) is
					// wrapped as an argument is (it printed its fields).
					if wt := getMapType(rt); wt != nil {
						res := &node{kind: identExpr, typ: rt, findex: ind, interp: c.interp, scope: c.scope}
						values = append(values, genInterfaceWrapper(res, wt))
						continue
					}
				}
				if getMapType != nil && convMode != convNone && rt != nil && !isInterface(rt) {
					// gonotes patch: a result holding elements of
					// interpreted types with methods for fmt
					// (fmt.Println(merge(xs)), merge returning a []Interval
					// of Stringers) is converted as an argument is
					// (fmtconv.go); it printed the elements' fields.
					if conv := fmtConvert(n.interp, rt, getMapType, false, convMode == convMarshal); conv != nil {
						values = append(values, func(f *frame) reflect.Value { return conv(f, f.data[ind]) })
						continue
					}
				}
				if pt := binParamType(funcType, len(values)+rcvrOffset, n.action == aCallSlice); rt != nil && isInterfaceSrc(rt) && !isEmptyInterface(rt) && pt != nil && pt.Kind() == reflect.Interface {
					// gonotes patch: a result of an interpreted interface
					// type (fmt.Println(s.Scale(2)), Scale returning a
					// Shape; errors.Is(f(), e)) is given as an argument of
					// that type is (default case below): wrapped with the
					// methods of its dynamic type for a compiled interface,
					// and as its valueInterface for an any of fmt (it
					// printed the fields of a Stringer).
					if pt.NumMethod() > 0 {
						res := &node{kind: identExpr, typ: rt, findex: ind, interp: c.interp, scope: c.scope}
						values = append(values, genIfaceArgWrapper(res, pt))
						continue
					}
					keep := getMapType != nil
					values = append(values, func(f *frame) reflect.Value {
						v := f.data[ind]
						vi, ok := v.Interface().(valueInterface)
						switch {
						case !ok:
							return valueInterfaceValue(v)
						case vi.node == nil || !vi.value.IsValid():
							return reflect.New(emptyInterfaceType).Elem() // a nil interface
						case keep && convMode == convFmt: // gonotes patch: fmtnamed.go
							if nv := fmtNamedVI(vi, getMapType); nv.IsValid() {
								return nv
							}
							return reflect.ValueOf(vi)
						case keep:
							return reflect.ValueOf(vi)
						}
						return valueInterfaceValue(v)
					})
					continue
				}
				if pt := binParamType(funcType, len(values)+rcvrOffset, n.action == aCallSlice); rt != nil && pt != nil && pt.Kind() == reflect.Interface && pt.NumMethod() > 0 && rt.cat != valueT && !isInterface(rt) && !isFuncSrc(rt) {
					// gonotes patch: a result of an interpreted type given
					// for a compiled interface with methods
					// (slog.New(newHandler()), io.ReadAll(newReader())) is
					// wrapped with its methods, as a variable is (default
					// case below); it was given as is ("reflect: Call
					// using *struct {...} as type slog.Handler").
					res := &node{kind: identExpr, typ: rt, findex: ind, interp: c.interp, scope: c.scope}
					values = append(values, genInterfaceWrapper(res, pt))
					continue
				}
				if pt := binParamType(funcType, len(values)+rcvrOffset, n.action == aCallSlice); getMapType == nil && rt != nil && !isDeepEqual(c0) && mayHoldAnys(rt) &&
					(n.action == aCallSlice && i == len(child)-1 || pt != nil && pt.Kind() == reflect.Interface && pt.NumMethod() == 0) {
					// gonotes patch: a result holding anys with notebook
					// values (log.Printf(f, toAny(xs)...)), as an argument
					// variable is (crossDeep, crossSliceInPlace).
					interp := n.interp
					anyResult := isEmptyInterface(rt)
					values = append(values, func(f *frame) reflect.Value {
						if anyResult {
							// gonotes patch (s12-goroot): an any holding a
							// value of a notebook defined type
							// (reflect.TypeOf(parse()), parse returning
							// any) is given as a variable of type any is
							// (crossValue): as a value of its named runtime
							// type; it was its underlying value (struct {
							// n int }).
							if vi, ok := emptyIfaceDyn(f.data[ind]); ok && vi.node != nil && vi.node.typ != nil && vi.node.typ.cat != valueT && vi.node.typ.name != "" {
								return interp.crossValue(f.data[ind])
							}
						}
						a := valueInterfaceValue(f.data[ind])
						if a.Kind() == reflect.Slice || a.Kind() == reflect.Interface && !a.IsNil() && a.Elem().Kind() == reflect.Slice {
							interp.crossSliceInPlace(a)
							return a
						}
						r, _ := interp.crossDeep(a, 0)
						return r
					})
					continue
				}
				if pt := binParamType(funcType, len(values)+rcvrOffset, n.action == aCallSlice); getMapType == nil && rt != nil && pt != nil && pt.Kind() == reflect.Interface && pt.NumMethod() == 0 &&
					!isInterface(rt) && !isFuncSrc(rt) && rt.cat != valueT && n.interp.crossRType(rt) != nil {
					// gonotes patch (s11-refl): a result of a notebook
					// defined type (or a pointer to one) given as an any
					// (reflect.TypeOf(newThing())) is a value of its named
					// runtime type, as a variable is (genNamedArg): it was
					// its bare struct (*struct { ... }).
					t, interp := rt, n.interp
					interp.noteCrossed(t)
					values = append(values, func(f *frame) reflect.Value { return interp.toNamed(t, valueInterfaceValue(f.data[ind])) })
					continue
				}
				if getMapType != nil && isEmptyInterface(rt) {
					// gonotes patch (s13): a result of type any given to
					// compiled code with mapTypes is given as a variable
					// of type any is (fmt.Println(pop()), pop returning
					// an any holding a Stringer of the notebook, printed
					// the value without its String method).
					res := &node{kind: identExpr, typ: rt, findex: ind, interp: c.interp, scope: c.scope}
					v := genEmptyIfaceArg(n.interp, res, getMapType, convMode == convMarshal)
					if convMode == convFmt {
						v = genFmtAnyArg(res, getMapType, v)
					}
					values = append(values, v)
					continue
				}
				values = append(values, func(f *frame) reflect.Value { return valueInterfaceValue(f.data[ind]) })
			}
		default:
			if c.kind == basicLit || c.rval.IsValid() {
				// Convert literal value (untyped) to function argument type (if not an interface{})
				var argType reflect.Type
				if variadic >= 0 && i+rcvrOffset >= variadic {
					argType = funcType.In(variadic).Elem()
					if n.action == aCallSlice && c.typ != nil && c.typ.cat == nilT { // gonotes patch (s19-public19): f(nil...), a nil slice
						argType = funcType.In(variadic)
					}
				} else {
					argType = funcType.In(i + rcvrOffset)
				}
				convertLiteralValue(c, argType)
				if !reflect.ValueOf(c.val).IsValid() { //  Handle "nil"
					c.val = reflect.Zero(argType)
				}
			}

			// gonotes patch (s14-public9a): i may be past the variadic
			// parameter (v.logf("x", 1, 2), logf a func(string, ...any)
			// field): its elements are passed as the first one is.
			if wt != nil && i < len(wt.arg) && isInterfaceSrc(wt.arg[i]) {
				values = append(values, genValueInterface(c))
				break
			}
			if i == 1 && isErrorsAs(c0) { // gonotes patch: errors.As into an interpreted interface (rtiface.go)
				if g := genErrorsAsTarget(c); g != nil {
					values = append(values, g)
					break
				}
			}
			if cn := convertedNode(c); cn != nil { // gonotes patch: any(x)
				c = cn
			}

			// gonotes patch: elements of interpreted types in a slice, an
			// array or a map with methods for fmt (fmtconv.go).
			if getMapType != nil && convMode != convNone {
				if conv := fmtConvert(n.interp, c.typ, getMapType, false, convMode == convMarshal); conv != nil {
					cv := genValue(c)
					values = append(values, func(f *frame) reflect.Value { return conv(f, cv(f)) })
					if convMode == convFmt && c.typ.cat == structT && c.typ.name == "" && fmtNamedCandidate(n.interp, c.typ, getMapType) {
						// gonotes patch: fmtnamed.go
						values[len(values)-1] = genFmtNamedArg(n.interp, c, values[len(values)-1], getMapType)
					}
					break
				}
			}

			// defType is the target type for a potential interface wrapper.
			var defType reflect.Type
			if variadic >= 0 && i+rcvrOffset >= variadic {
				defType = funcType.In(variadic)
				if n.action != aCallSlice {
					// gonotes patch: an argument of a variadic parameter
					// ...T is a T (the slice itself only with f(s...)).
					defType = defType.Elem()
				}
			} else {
				defType = funcType.In(rcvrOffset + i)
			}
			// gonotes patch: only for a parameter of type any (the writer
			// of fmt.Fprint, an io.Writer with a String method, was given
			// as a fmt.Stringer wrapper: "reflect: Call using
			// stdlib._fmt_Stringer as type io.Writer").
			paramAny := defType == nil || defType.Kind() == reflect.Interface && defType.NumMethod() == 0 // gonotes patch
			if getMapType != nil && paramAny {
				if rt := getMapType(c.typ); rt != nil {
					defType = rt
				}
			}

			switch {
			case defType == valueInterfaceType && c.typ != nil && !isEmptyInterface(c.typ) && getMapType == nil:
				// gonotes patch (s11-refl): a parameter of a notebook
				// interface type of a func made by the interpreter
				// (a func literal that went through an any and was
				// asserted back) is a valueInterface: "reflect: Call using
				// struct { p string } as type interp.valueInterface".
				if isInterfaceSrc(c.typ) {
					values = append(values, genValue(c))
				} else {
					values = append(values, genValueInterface(c))
				}
			case getMapType == nil && isDeepEqual(c0) && (isEmptyInterface(c.typ) || !isInterface(c.typ) && !isFuncSrc(c.typ) ||
				c.typ.cat == valueT && c.typ.rtype != nil && c.typ.rtype.Kind() == reflect.Interface && c.typ.rtype.NumMethod() == 0): // gonotes patch: an any of compiled code may hold a value of a named runtime type (rtstruct.go)
				// gonotes patch: reflect.DeepEqual compares the values
				// held by the valueInterfaces of its arguments (dyntype.go).
				values = append(values, genDeepEqualArg(c))
			case isEmptyInterface(c.typ) && getMapType == nil:
				// gonotes patch: without mapTypes, getBinValue
				// does not look at the value: unwrap it here.
				cv := genValue(c)
				interp := n.interp
				values = append(values, func(f *frame) reflect.Value { return interp.crossValue(cv(f)) })
			case getMapType == nil && defType != nil && defType.Kind() == reflect.Interface && defType.NumMethod() == 0 && dynTypeStrict(c.typ):
				// gonotes patch: a value of a defined type given to
				// compiled code as an any may come back (dyntype.go).
				n.interp.noteCrossed(c.typ)
				values = append(values, genNamedArg(n.interp, c)) // gonotes patch: rtname.go
			case isEmptyInterface(c.typ):
				values = append(values, genEmptyIfaceArg(n.interp, c, getMapType, convMode == convMarshal)) // gonotes patch
				if convMode == convFmt {
					// gonotes patch: fmtnamed.go
					values[len(values)-1] = genFmtAnyArg(c, getMapType, values[len(values)-1])
				}
			case isInterfaceSrc(c.typ) && !isEmptyInterface(c.typ) && defType != nil && defType.Kind() == reflect.Interface && defType.NumMethod() > 0:
				// gonotes patch: a value of an interpreted interface type
				// given for a compiled interface (io.ReadAll(rs), rs of an
				// interface type embedding io.Reader) is wrapped with the
				// methods of its dynamic type, as a concrete value is.
				values = append(values, genIfaceArgWrapper(c, defType))
			case isInterfaceSrc(c.typ) && getMapType != nil:
				// gonotes patch: a value of an interpreted interface type
				// is given as its valueInterface, so that getBinValue
				// wraps it with the methods of its dynamic type (a
				// Stringer of an interpreted interface type holding a
				// named string printed the string).
				cv, uv := genValue(c), genValueInterfaceValue(c)
				interp := n.interp
				var convs sync.Map // gonotes patch (s17): *itype -> converter
				values = append(values, func(f *frame) reflect.Value {
					if vi, ok := cv(f).Interface().(valueInterface); ok && vi.node != nil && vi.value.IsValid() {
						if convMode == convFmt { // gonotes patch: fmtnamed.go
							if nv := fmtNamedVI(vi, getMapType); nv.IsValid() {
								return nv
							}
							// gonotes patch (s17): a dynamic value without a
							// method fmt calls whose fields hold interface
							// values (Neg{X Expr} held by an Expr) is
							// converted as the value of an any is
							// (genEmptyIfaceArg); it printed the
							// interpreter's valueInterface of each field.
							if in := innermostVI(vi); in.node != nil && in.node.typ != nil && in.value.IsValid() && getMapType(in.node.typ) == nil {
								var conv func(*frame, reflect.Value) reflect.Value
								if c, ok := convs.Load(in.node.typ); ok {
									conv = c.(func(*frame, reflect.Value) reflect.Value)
								} else {
									// A pointer is formatted as an argument
									// (&{...}), not as an element (0xc...).
									conv = fmtConvert(interp, in.node.typ, getMapType, in.node.typ.cat != ptrT, false)
									convs.Store(in.node.typ, conv)
								}
								if conv != nil {
									return conv(f, in.value)
								}
							}
						}
						return reflect.ValueOf(vi)
					}
					return uv(f)
				})
			case isInterfaceSrc(c.typ) && paramAny:
				values = append(values, n.interp.ifaceValueArg(c)) // gonotes patch: rtifacetype.go
			case isInterfaceSrc(c.typ):
				values = append(values, genValueInterfaceValue(c))
			case isFuncSrc(c.typ) && paramAny && (defType == nil || defType.Kind() == reflect.Interface && defType.NumMethod() == 0):
				// gonotes patch: a function given as an any (sync.Map's
				// Store, reflect.ValueOf) has its cross type
				// (crossFuncType): %T and reflect see main.Item, not its
				// bare struct.
				values = append(values, n.interp.genIfaceFunc(c, n.interp.genNamedFunc(c, genCrossFuncWrapper(c))))
			case isFuncSrc(c.typ) && !(defType != nil && defType.Kind() == reflect.Interface && defType.NumMethod() > 0 && len(c.typ.method) > 0):
				values = append(values, genFunctionWrapper(c))
			case isFuncSrc(c.typ):
				// gonotes patch (s10-stringer): a value of a func type with
				// methods given as an any to a function with mapTypes that
				// has a wrapper for it (fmt: Error, String) is given in that
				// wrapper, not as the bare func (fmt printed its address).
				// gonotes patch (s12): so is one given for a parameter of
				// an interface type with methods (mux.Handle("/", h), h of
				// a notebook func type with ServeHTTP: "reflect: Call using
				// func(...) error as type http.Handler").
				values = append(values, genInterfaceWrapper(c, defType))
			case c.typ.cat == arrayT || c.typ.cat == variadicT:
				if isEmptyInterface(c.typ.val) {
					values = append(values, genValueArray(c))
				} else {
					values = append(values, genInterfaceWrapper(c, defType))
				}
			case getMapType == nil && defType != nil && defType.Kind() == reflect.Interface && defType.NumMethod() == 0 &&
				isPtrSrc(c.typ) && n.interp.crossRType(c.typ) != nil:
				// gonotes patch: a pointer to a value of an interpreted
				// defined type given as an any is a pointer to its named
				// runtime type, with its pointer methods (rtcompose.go,
				// rtmethods.go).
				values = append(values, genNamedArg(n.interp, c))
			case isPtrSrc(c.typ):
				if c.typ.val.cat == valueT {
					values = append(values, genValue(c))
				} else if isDecodeIface(defType) && getMapType != nil && !decodesStruct(c.typ, getMapType) && unmarshalConvert(n.interp, c.typ, getMapType) != nil { // s8 jsongen: decodesStruct; s12: getMapType (flag.TextVar has none)
					// gonotes patch: a decoder's argument (json.Unmarshal(b,
					// &v), v of a type with UnmarshalJSON) is the pointer,
					// which callBin gives as a view (unmarshal.go), not
					// the wrapper of the method ("json: Unmarshal(non-pointer
					// stdlib._encoding_json_Unmarshaler)").
					values = append(values, genValue(c))
				} else if isDecodeIface(defType) {
					// gonotes patch: without a view (a struct with the
					// method, its own or promoted), a pointer to the
					// wrapper, whose method sets *v.
					w := genInterfaceWrapper(c, defType)
					values = append(values, func(f *frame) reflect.Value {
						v := w(f)
						if v.Kind() != reflect.Struct {
							return v
						}
						p := reflect.New(v.Type())
						p.Elem().Set(v)
						return p
					})
				} else {
					values = append(values, genInterfaceWrapper(c, defType))
				}
			case getMapType != nil && c.typ.cat == valueT && c.typ.rtype.Kind() == reflect.Interface && c.typ.rtype.NumMethod() > 0 &&
				defType != nil && defType.Kind() == reflect.Interface && (defType.NumMethod() == 0 || paramAny): // gonotes patch: paramAny
				// gonotes patch: a value of a compiled interface type
				// (sort.Interface) given as an any to fmt (or another
				// function with mapTypes: fmt.Println(si)) is the value it
				// holds, not the interpreter's wrapper of it (fmt printed
				// the wrapper's funcs, %T its type), unless the wrapper has
				// a method that function looks for (String, MarshalJSON).
				cv := genValue(c)
				interp := n.interp
				values = append(values, func(f *frame) reflect.Value {
					v := cv(f)
					if convMode != convFmt && v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() && !isIfaceWrapper(v.Elem()) {
						if _, named := namedVI(v.Elem()); named {
							// gonotes patch (s10-stringer): a value of a
							// named runtime type, with all the methods of
							// its type (namedForIface), is given as it is
							// (slog printed the fields of an error
							// held by a fmt.Stringer).
							return v.Elem()
						}
					}
					// gonotes patch: the interpreted value of a known type
					// is given as an any of that type is (getBinValue): in
					// the wrapper of the interface fmt looks for that its
					// type has (a Stringer held by an io.Writer), error
					// first (rtiface.go).
					if vi, ok := interp.wrappedVI(v); ok {
						if convMode == convFmt { // gonotes patch: fmtnamed.go
							if nv := fmtNamedVI(vi, getMapType); nv.IsValid() {
								return nv
							}
						}
						return getBinValue(getMapType, func(*frame) reflect.Value { return reflect.ValueOf(vi) }, f)
					}
					return unwrapIValue(v, lr)
				})
			case c.typ.cat == valueT:
				values = append(values, genValue(c))
				if convMode == convFmt && paramAny && c.typ.rtype != nil && c.typ.rtype.Kind() == reflect.Interface && c.typ.rtype.NumMethod() == 0 {
					// gonotes patch: an any of compiled code (the result of
					// reflect.Value.Interface for a field of type any) may
					// hold a valueInterface: its value as its named
					// runtime type (fmtnamed.go), as for an interpreted any.
					values[len(values)-1] = genFmtAnyArg(c, getMapType, values[len(values)-1])
				}
			case getMapType == nil && defType != nil && defType.Kind() == reflect.Interface && defType.NumMethod() == 0:
				values = append(values, genNamedArg(n.interp, c)) // gonotes patch: rtname.go
			case convMode == convMarshal && paramAny && defType != nil && defType.Kind() == reflect.Interface && defType.NumMethod() == 0 && n.interp.namedForAny(c.typ) != nil:
				// gonotes patch (s10-stringer): a value of a type with
				// methods given as an any to a function with mapTypes that
				// has no wrapper for it (slog's args, which slog prints
				// with Error or String) is a value of its named runtime
				// type, with all its methods.
				t, value, interp := c.typ, genValue(c), n.interp
				values = append(values, func(f *frame) reflect.Value { return interp.toNamed(t, value(f)) })
			default:
				values = append(values, genInterfaceWrapper(c, defType))
			}
			if paramAny && getMapType == nil && (c.typ.cat == errorT || c.typ.cat == valueT && isInterfaceBin(c.typ)) {
				// gonotes patch: reflect.TypeOf(err) (rtifacetype.go).
				values[len(values)-1] = n.interp.wrappedArg(c, values[len(values)-1])
			}
			if paramAny && c.typ != nil && isTypeOf(c0) && (holdsSelfFunc(c.typ, 0) || isEmptyInterface(c.typ)) {
				// gonotes patch (s16-knownwrong): reflect.TypeOf(f), f
				// of a recursive func type, or an any holding one
				// (selffunc.go).
				values[len(values)-1] = n.interp.selfFuncTypeArg(c, values[len(values)-1])
			}
			if paramAny && isTypeOf(c0) && !isPtrSrc(c.typ) {
				// gonotes patch (s19-misc19): reflect.TypeOf(x), x of a
				// composite or func type made of interface types of the
				// notebook ([]Shape, func(Shape)), reads the type only:
				// it is given a zero value of that type made of their
				// runtime interface types ([]main.Shape), as an any
				// holding such a value is (rtifacetype.go).
				if r := n.interp.ifaceCompositeRType(c.typ); r != nil {
					zero := reflect.Zero(r)
					values[len(values)-1] = func(*frame) reflect.Value { return zero }
				} else if isEmptyInterface(c.typ) {
					// An any holding such a value.
					v, raw, interp := values[len(values)-1], genValue(c), n.interp
					values[len(values)-1] = func(f *frame) reflect.Value {
						if r := interp.ifaceCompositeRType(dynItypeOf(raw(f))); r != nil {
							return reflect.Zero(r)
						}
						return v(f)
					}
				}
			}
			if paramAny && isPtrSrc(c.typ) {
				// gonotes patch: reflect.TypeOf((*I)(nil)), I an
				// interpreted interface type (rtifacetype.go).
				values[len(values)-1] = n.interp.ifacePtrArg(c.typ, values[len(values)-1], isTypeOf(c0))
			}
			if convMode == convFmt && paramAny && fmtNamedCandidate(n.interp, c.typ, getMapType) {
				// gonotes patch: a value of an interpreted type given to
				// fmt as its named runtime type (fmtnamed.go).
				values[len(values)-1] = genFmtNamedArg(n.interp, c, values[len(values)-1], getMapType)
			}
			if convMode == convFmt && paramAny && c.typ.cat == errorT { // gonotes patch: fmtnamed.go
				values[len(values)-1] = genFmtErrorArg(n.interp, c, getMapType, values[len(values)-1])
			}
			if convMode == convFmt && paramAny && fmtReflectTypeStatic(c.typ) {
				// gonotes patch (s19-misc19): a reflect.Type named with
				// valueInterface (reflectguard.go).
				values[len(values)-1] = fmtReflectTypeArg(values[len(values)-1])
			}
			if spread := n.action == aCallSlice && i == len(child)-1; getMapType == nil && (paramAny || spread) && !isDeepEqual(c0) && mayHoldAnys(c.typ) {
				// gonotes patch: see crossDeep.
				// A slice is given as it is: compiled code may change its
				// elements (sort.Slice of an []any), which a copy would
				// hide; a map or struct holding it is copied (text/template
				// reads it).
				v, interp := values[len(values)-1], n.interp
				values[len(values)-1] = func(f *frame) reflect.Value {
					a := v(f)
					if e := a; e.Kind() == reflect.Interface && !e.IsNil() && e.Elem().Kind() == reflect.Slice || e.Kind() == reflect.Slice {
						interp.crossSliceInPlace(a)
						return a
					}
					r, _ := interp.crossDeep(a, 0)
					return r
				}
			}
		}
	}
	if templateExecName(c0) && len(values) > 0 {
		// gonotes patch (s12): the data of a template (templdata.go).
		v, interp := values[len(values)-1], n.interp
		dt := n.child[len(n.child)-1].typ // gonotes patch (s17-ifacelayout)
		values[len(values)-1] = func(f *frame) reflect.Value { return interp.crossTemplateData(v(f), dt) }
	}
	l := len(values)

	// gonotes patch: fast calls. newIn makes the argument slice of a call
	// (with the receiver first for a fast method call) and call calls the
	// callee with it.
	fast, fastRecv := fastCallOf(c0)
	if n.action == aCallSlice {
		fast = nil
	}
	// gonotes patch (s17-caller): a callee given its interpreted stack
	// (callers.go) is called through value, never by a fast caller.
	stackBind, stackRecv := n.interp.stackBind(c0)
	if stackBind != nil {
		fast = nil
	}
	off := 0
	if fast != nil && fastRecv != nil {
		off = 1
	}
	// gonotes patch: %T of interpreted types for printf-like functions
	// (fmttype.go).
	var names []func(*frame) string
	var sharp []*strings.Replacer
	var sharpVals []func(*frame) reflect.Value // gonotes patch: rtstruct.go
	if getMapType != nil && variadic >= 1 && rcvrOffset == 0 && n.action != aCallSlice &&
		funcType.In(variadic-1).Kind() == reflect.String && len(child) == l && len(child) > variadic {
		names, sharp, sharpVals = typeNames(child[variadic:])
	}
	// gonotes patch: the root element of xml encoders (xmlname.go).
	var xmlRoots []string
	if getMapType != nil && len(lr) > 0 && lr[0] == xmlMarshalerType && len(child) == l {
		for i, c := range child {
			if name := xmlRootName(c.typ); name != "" {
				if xmlRoots == nil {
					xmlRoots = make([]string, l)
				}
				xmlRoots[i] = name
			}
		}
	}
	newIn := func(f *frame) []reflect.Value {
		var in []reflect.Value
		if fast != nil {
			in = f.fastArgs(l + off)
		} else {
			in = make([]reflect.Value, l+off)
		}
		for i, v := range values {
			in[i+off] = getBinValue(getMapType, v, f)
		}
		if off == 1 {
			in[0] = fastRecv(f)
		}
		if names != nil || sharp != nil || sharpVals != nil { // gonotes patch: sharpVals
			fixTypeVerbs(f, in, off+variadic-1, names, sharp, sharpVals)
		}
		for i, name := range xmlRoots { // gonotes patch
			if name != "" {
				in[i+off] = xmlNamed(in[i+off], name)
			}
		}
		return in
	}
	// gonotes patch: the arguments of a decoder (unmarshal.go).
	var unconv []func(*frame, reflect.Value) (reflect.Value, func() error)
	var untyp []*itype
	if convMode == convNone && getMapType != nil && len(child) == l {
		for i, c := range child {
			if decodesStruct(c.typ, getMapType) { // s8 jsongen: the wrapper's method decodes it
				continue
			}
			if uc := unmarshalConvert(n.interp, c.typ, getMapType); uc != nil || (c.typ != nil && c.typ.cat == ptrT) {
				if unconv == nil {
					unconv = make([]func(*frame, reflect.Value) (reflect.Value, func() error), l)
					untyp = make([]*itype, l)
				}
				unconv[i], untyp[i] = uc, c.typ
			}
		}
	}
	// gonotes patch (s8 jsongen): interface slots holding pointers (jsonfix.go).
	var ifx []func(reflect.Value) (reflect.Value, func())
	if unconv != nil {
		for i, c := range child {
			if x := ifacePtrExposer(c.typ); x != nil {
				if ifx == nil {
					ifx = make([]func(reflect.Value) (reflect.Value, func()), l)
				}
				ifx[i] = x
			}
		}
	}
	// gonotes patch: reflect names of interpreted structs in the error of a
	// template execution (errnames.go).
	var rename *strings.Replacer
	if no := funcType.NumOut(); no > 0 && funcType.Out(no-1) == errorRType && len(child) == l {
		var args []*node
		for _, c := range child {
			if c.typ != nil && !isInterfaceSrc(c.typ) {
				args = append(args, c)
			}
		}
		rename = errorRenamer(args)
	}
	// gonotes patch (s8 jsongen): the notebook types named by the errors
	// of encoding/json (jsonfix.go).
	if no := funcType.NumOut(); getMapType != nil && no > 0 && funcType.Out(no-1) == errorRType && len(child) == l {
		names, keys := errTypeNames(child), errKeyTypes(child) // gonotes patch (s15-noticedb): keys
		if names != nil || keys != nil {
			prev, interp := callFn, n.interp
			callFn = func(v reflect.Value, in []reflect.Value) []reflect.Value {
				out := prev(v, in)
				interp.fixErrorType(out[len(out)-1], names)
				interp.fixKeyErrorType(out[len(out)-1], keys)
				return out
			}
			if fast != nil {
				pf := fast
				fast = func(in []reflect.Value) ([]reflect.Value, bool) {
					out, ok := pf(in)
					if ok && len(out) > 0 {
						interp.fixErrorType(out[len(out)-1], names)
						interp.fixKeyErrorType(out[len(out)-1], keys)
					}
					return out, ok
				}
			}
		}
	}
	// gonotes patch (s8 jsongen): the notebook types named by a
	// json.MarshalerError (jsonfix.go).
	if no := funcType.NumOut(); convMode == convMarshal && no > 0 && funcType.Out(no-1) == errorRType {
		var top, arg *itype
		for _, c := range child {
			if c.typ != nil && !isInterfaceSrc(c.typ) && c.typ.cat != valueT {
				arg = c.typ // gonotes patch (s14-misc2): for an UnsupportedTypeError
			}
			if c.typ != nil && !isInterfaceSrc(c.typ) && c.typ.cat != valueT && getMapType(c.typ) != nil {
				if top != nil {
					top = nil
					break
				}
				top = c.typ
			}
		}
		prev, interp := callFn, n.interp
		callFn = func(v reflect.Value, in []reflect.Value) []reflect.Value {
			out := prev(v, in)
			out[len(out)-1] = interp.fixMarshalError(out[len(out)-1], top, arg)
			return out
		}
		if fast != nil {
			pf := fast
			fast = func(in []reflect.Value) ([]reflect.Value, bool) {
				out, ok := pf(in)
				if ok && len(out) > 0 {
					out[len(out)-1] = interp.fixMarshalError(out[len(out)-1], top, arg)
				}
				return out, ok
			}
		}
	}
	if rename != nil {
		prev := callFn
		callFn = func(v reflect.Value, in []reflect.Value) []reflect.Value {
			out := prev(v, in)
			out[len(out)-1] = renameExecError(out[len(out)-1], rename)
			return out
		}
		if fast != nil { // gonotes patch (s12-wrap): fmt.Errorf and Fprintf have fast callers
			pf := fast
			fast = func(in []reflect.Value) ([]reflect.Value, bool) {
				out, ok := pf(in)
				if ok && len(out) > 0 {
					out[len(out)-1] = renameExecError(out[len(out)-1], rename)
				}
				return out, ok
			}
		}
	}
	// gonotes patch (s9-methods): gob and notebook interface types
	// (gobiface.go).
	if gx := n.interp.gobIfaceHook(c0, child); gx != nil {
		prev := callFn
		callFn = func(v reflect.Value, in []reflect.Value) []reflect.Value { return gx(prev, v, in) }
		fast = nil
	}
	// gonotes patch (s10-gob): gob.Register of a type declared again
	// (gobregister.go).
	if gx := n.interp.gobRegisterHook(c0); gx != nil {
		prev := callFn
		callFn = func(v reflect.Value, in []reflect.Value) []reflect.Value { return gx(prev, v, in) }
		fast = nil
	}
	// gonotes patch (s9-methods): slots of notebook interface types
	// with methods (jsoniface.go).
	var jguard func(data, p reflect.Value) func(reflect.Value)
	if unconv != nil && isJSONUnmarshal(c0) && len(child) == 2 {
		jguard = n.interp.jsonIfaceGuard(child[1].typ)
	}
	call := func(f *frame, in []reflect.Value) []reflect.Value {
		if unconv != nil { // gonotes patch
			var jafter func(reflect.Value) // s9-methods: jguard
			if jguard != nil {
				jafter = jguard(in[off], in[off+1])
			}
			var backs []func() error
			var restores []func() // s8 jsongen: ifx
			for i, x := range ifx {
				if x != nil {
					var r func()
					if in[i+off], r = x(in[i+off]); r != nil {
						restores = append(restores, r)
					}
				}
			}
			for i, uc := range unconv {
				if uc != nil {
					view, back := uc(f, in[i+off])
					in[i+off] = view
					if back != nil {
						backs = append(backs, back)
					}
				}
			}
			out := callFn(value(f), in[off:])
			backErr := false
			var savedErr error // gonotes patch (s20-public20)
			for _, b := range backs {
				// The error of an interpreted Unmarshal method called
				// after the decoder (unmarshal.go) is the call's error.
				// gonotes patch (s14-misc2): also when the decoder had
				// one: a method's error stops the decoder, whose error
				// is then that one, not a type error it met before.
				err := b()
				if se, ok := err.(*savedDecodeError); ok {
					// gonotes patch (s20-public20): a type error the
					// decoder went on after, in a value it was given
					// again: the call's error if it has none.
					if savedErr == nil {
						for _, t := range untyp {
							if t != nil {
								n.interp.nameSavedErrorType(se.err, t)
								break
							}
						}
						savedErr = se.err
					}
					continue
				}
				if err != nil && len(out) > 0 && !backErr {
					if o := out[len(out)-1]; o.Type() == errorRType {
						out[len(out)-1] = reflect.ValueOf(&err).Elem()
						backErr = true
					}
				}
			}
			if savedErr != nil && !backErr && len(out) > 0 { // gonotes patch (s20-public20)
				if o := out[len(out)-1]; o.Type() == errorRType && o.IsNil() {
					out[len(out)-1] = reflect.ValueOf(&savedErr).Elem()
				}
			}
			for _, r := range restores {
				r()
			}
			if jafter != nil && len(out) > 0 {
				e := reflect.New(errorRType).Elem()
				e.Set(out[len(out)-1])
				jafter(e)
				out[len(out)-1] = e
			}
			for i, o := range out {
				// gonotes patch (s14-misc2): a method's error has the
				// names of the types it was about (withJSONContext).
				if o.Kind() == reflect.Interface && (!backErr || i < len(out)-1) {
					for _, t := range untyp {
						if t != nil {
							fixUnmarshalTypeError(o, t)
							break
						}
					}
				}
			}
			return out
		}
		if fast != nil {
			if out, ok := fast(in); ok {
				return out
			}
			in = append([]reflect.Value(nil), in[off:]...)
		}
		return callFn(value(f), in)
	}
	// gonotes patch (s12): a decoder's argument of a notebook interface
	// type (json.Unmarshal(b, ev), ev an Event holding a *Deleted): the
	// struct an UnmarshalTypeError names is that of the value's type
	// (it was empty: the decoder got the value's bare struct).
	if getMapType != nil && convMode == convNone && len(child) == l {
		idx := -1
		for i, c := range child {
			// gonotes patch (s14-public9a): an argument of type any too
			// (json.Unmarshal(raw, v), v an any holding a *Ping).
			if c.typ != nil && (isInterfaceSrc(c.typ) || isEmptyInterface(c.typ)) {
				idx = i
			}
		}
		if idx >= 0 {
			inner, argv := call, genValue(child[idx])
			call = func(f *frame, in []reflect.Value) []reflect.Value {
				t := dynItypeOf(argv(f))
				out := inner(f, in)
				if t != nil {
					for _, o := range out {
						if o.Kind() == reflect.Interface {
							fixUnmarshalTypeError(o, t)
						}
					}
				}
				return out
			}
		}
	}
	if fastRecv != nil {
		// The selector node does not make the method value (see
		// getIndexBinMethod); make it here when falling back.
		c0.binMethod.lazy = true
		m := c0.val.(int)
		value = func(f *frame) reflect.Value { return fastRecv(f).Method(m) }
		if a := n.anc.kind; a == deferStmt || a == goStmt {
			// gonotes patch (s9-speed): the receiver is evaluated now: a
			// copy, not the variable's slot, which the method value would
			// read when it runs (`defer b.WriteString("x")` then `b = ...`).
			value = func(f *frame) reflect.Value { return argCopy(fastRecv(f)).Method(m) }
		}
	}
	if stackBind != nil { // gonotes patch (s17-caller)
		fv := value
		value = func(f *frame) reflect.Value {
			var recv reflect.Value
			if stackRecv != nil {
				recv = stackRecv(f)
			}
			return stackBind(Stack{f: f, n: n}, fv(f), recv)
		}
	}

	switch {
	case n.anc.kind == deferStmt:
		// Store function call in frame for deferred execution.
		n.exec = func(f *frame) bltn {
			val := make([]reflect.Value, l+1)
			val[0] = value(f)
			for i, v := range values {
				val[i+1] = argCopy(getBinValue(getMapType, v, f)) // gonotes patch: evaluated now
			}
			if n.action == aCallSlice { // gonotes patch (s19-public19): see deferSpread
				val = deferSpread(val)
			}
			f.deferred = append([][]reflect.Value{val}, f.deferred...)
			return tnext
		}
	case n.anc.kind == goStmt:
		// Execute function in a goroutine, discard results.
		n.exec = func(f *frame) bltn {
			in := make([]reflect.Value, l)
			for i, v := range values {
				in[i] = argCopy(getBinValue(getMapType, v, f)) // gonotes patch: evaluated now
			}
			go callFn(value(f), in)
			return tnext
		}
	case n.fnext != nil: // gonotes patch: a false branch with a nil exec (a bare return) too
		// Handle branching according to boolean result.
		index := n.findex
		level := n.level
		n.exec = func(f *frame) bltn {
			res := call(f, newIn(f))
			b := res[0].Bool()
			getFrame(f, level).data[index].SetBool(b)
			if b {
				return tnext
			}
			return fnext
		}
	default:
		switch n.anc.action {
		case aAssignX:
			// The function call is part of an assign expression, store results direcly
			// to assigned location, to avoid an additional frame copy.
			// The optimization of aAssign is handled in assign(), and should not
			// be handled here.
			rvalues := make([]func(*frame) reflect.Value, funcType.NumOut())
			for i := range rvalues {
				c := n.anc.child[i]
				if c.ident == "_" {
					continue
				}
				if isInterfaceSrc(c.typ) {
					rvalues[i] = genValueInterfaceValue(c)
				} else {
					rvalues[i] = genValue(c)
				}
			}
			n.exec = func(f *frame) bltn {
				out := call(f, newIn(f))
				for i, v := range rvalues {
					if v == nil {
						continue // Skip assign "_".
					}
					c := n.anc.child[i]
					if n.anc.kind == defineXStmt && !c.redeclared {
						// In case of a define statement, the destination value in the frame
						// must be recreated. This is necessary to preserve the previous value
						// which may be still used in a separate closure.
						data := getFrame(f, c.level).data
						data[c.findex] = reflect.New(data[c.findex].Type()).Elem()
						data[c.findex].Set(unboxFunc(data[c.findex], out[i])) // gonotes patch: recursive func types
						continue
					}
					dst := v(f)
					dst.Set(unboxFunc(dst, out[i])) // gonotes patch: recursive func types
				}
				return tnext
			}
		case aReturn:
			// The function call is part of a return statement, store output results
			// directly in the frame location of outputs of the current function.
			b := childPos(n)
			// gonotes patch (s20-pycompat20): a result stored as a
			// valueInterface (the func's result is an interface of the
			// program) has a node of the compiled result type, as
			// genValueInterface gives a variable returned, so that its
			// methods are found: func f() Q { return strings.NewReader("x") }
			// returned a valueInterface without a node, whose f().Len()
			// panicked (nil pointer). A nil interface stays nil.
			rnodes := binResultNodes(n, funcType)
			n.exec = func(f *frame) bltn {
				out := call(f, newIn(f))
				for i, v := range out {
					dest := f.data[b+i]
					if _, ok := dest.Interface().(valueInterface); ok {
						v = binResultIface(rnodes[i], v) // gonotes patch (s20-pycompat20): was valueInterface{value: v}
					}
					dest.Set(unboxFunc(dest, v)) // gonotes patch: recursive func types
				}
				return tnext
			}
		default:
			rnodes := binResultNodes(n, funcType) // gonotes patch (s20-pycompat20)
			n.exec = func(f *frame) bltn {
				out := call(f, newIn(f))
				for i := 0; i < len(out); i++ {
					r := out[i]
					if r.Kind() == reflect.Func {
						getFrame(f, n.level).data[n.findex+i] = r
						continue
					}
					dest := getFrame(f, n.level).data[n.findex+i]
					if _, ok := dest.Interface().(valueInterface); ok {
						r = binResultIface(rnodes[i], r) // gonotes patch (s20-pycompat20): was valueInterface{value: r}
					}
					dest.Set(unboxFunc(dest, r)) // gonotes patch: recursive func types
				}
				return tnext
			}
		}
	}
}

// binResultNodes returns a node of each result type of the compiled func
// of the call n, for binResultIface. gonotes patch (s20-pycompat20).
func binResultNodes(n *node, funcType reflect.Type) []*node {
	rnodes := make([]*node, funcType.NumOut())
	for i := range rnodes {
		rnodes[i] = &node{kind: identExpr, typ: valueTOf(funcType.Out(i)), interp: n.interp, scope: n.scope}
	}
	return rnodes
}

// binResultIface wraps r, a result of a compiled func stored in a slot of
// an interface type of the program, as genValueInterface wraps a variable:
// with rn, a node of the result's compiled type, through which its methods
// are found (a valueInterface without a node made a method call on it panic
// with a nil pointer dereference). A nil interface stays a nil interface.
// gonotes patch (s20-pycompat20).
func binResultIface(rn *node, r reflect.Value) reflect.Value {
	if r.Kind() == reflect.Interface && r.IsNil() {
		return reflect.ValueOf(valueInterface{})
	}
	return reflect.ValueOf(valueInterface{rn, r})
}

func getIndexBinMethod(n *node) {
	// dest := genValue(n)
	i := n.findex
	l := n.level
	m := n.val.(int)
	value := genValue(n.child[0])
	next := getExec(n.tnext)

	if n.binMethod != nil && n.binMethod.lazy { // gonotes patch: see callBin
		n.exec = func(f *frame) bltn { return next }
		return
	}
	if bind := methodValueBind(n); bind != nil { // gonotes patch (s20-lead)
		n.exec = func(f *frame) bltn {
			r := copyRecv(value(f))
			getFrame(f, l).data[i] = bind(r, r.Method(m))
			return next
		}
		return
	}
	if !calledNow(n) { // gonotes patch: a method value binds its receiver now
		n.exec = func(f *frame) bltn {
			getFrame(f, l).data[i] = copyRecv(value(f)).Method(m)
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		// Can not use .Set() because dest type contains the receiver and source not
		// dest(f).Set(value(f).Method(m))
		getFrame(f, l).data[i] = value(f).Method(m)
		return next
	}
}

func getIndexBinElemMethod(n *node) {
	i := n.findex
	l := n.level
	m := n.val.(int)
	value := genValue(n.child[0])
	next := getExec(n.tnext)

	if n.binMethod != nil && n.binMethod.lazy { // gonotes patch: see callBin
		n.exec = func(f *frame) bltn { return next }
		return
	}
	if bind := methodValueBind(n); bind != nil { // gonotes patch (s20-lead)
		n.exec = func(f *frame) bltn {
			r := copyRecv(value(f).Elem())
			getFrame(f, l).data[i] = bind(r, r.Method(m))
			return next
		}
		return
	}
	if !calledNow(n) { // gonotes patch: a method value binds its receiver now
		n.exec = func(f *frame) bltn {
			getFrame(f, l).data[i] = copyRecv(value(f).Elem()).Method(m)
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		// Can not use .Set() because dest type contains the receiver and source not
		getFrame(f, l).data[i] = value(f).Elem().Method(m)
		return next
	}
}

func getIndexBinPtrMethod(n *node) {
	i := n.findex
	l := n.level
	m := n.val.(int)
	value := genValue(n.child[0])
	next := getExec(n.tnext)

	if n.binMethod != nil && n.binMethod.lazy { // gonotes patch: see callBin
		n.exec = func(f *frame) bltn { return next }
		return
	}
	if bind := methodValueBind(n); bind != nil { // gonotes patch (s20-lead)
		n.exec = func(f *frame) bltn {
			r := value(f).Addr()
			getFrame(f, l).data[i] = bind(r, r.Method(m))
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		// Can not use .Set() because dest type contains the receiver and source not
		getFrame(f, l).data[i] = value(f).Addr().Method(m)
		return next
	}
}

// calledNow reports whether the method selector n is the function of a
// call made at once (not that of a go or defer statement): then its
// receiver need not be copied (gonotes patch).
func calledNow(n *node) bool {
	a := n.anc
	return a != nil && isCall(a) && a.child[0] == n && a.anc != nil && a.anc.kind != deferStmt && a.anc.kind != goStmt
}

// copyRecv returns a copy of a method's receiver v if v is a variable: a
// method value made from v (reflect.Value.Method) reads it at each call, so
// it would see later assignments to the variable (gonotes patch).
func copyRecv(v reflect.Value) reflect.Value {
	if !v.CanAddr() || !v.CanInterface() {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

// getIndexArray returns array value from index.
func getIndexArray(n *node) {
	tnext := getExec(n.tnext)
	value0 := genValueArray(n.child[0]) // array
	i := n.findex
	l := n.level

	if n.child[1].rval.IsValid() { // constant array index
		ai := int(vInt(n.child[1].rval))
		if n.fnext != nil {
			fnext := getExec(n.fnext)
			n.exec = func(f *frame) bltn {
				v := value0(f)
				checkIndex(v, ai) // gonotes patch
				r := v.Index(ai)
				getFrame(f, l).data[i] = r
				if r.Bool() {
					return tnext
				}
				return fnext
			}
		} else {
			n.exec = func(f *frame) bltn {
				v := value0(f)
				checkIndex(v, ai) // gonotes patch
				getFrame(f, l).data[i] = v.Index(ai)
				return tnext
			}
		}
	} else {
		value1 := genValueInt(n.child[1]) // array index
		check := checkIndex
		if unsignedIndex(n.child[1]) {
			check = checkIndexU // gonotes patch (s12-goroot): boundsu.go
		}

		if n.fnext != nil {
			fnext := getExec(n.fnext)
			n.exec = func(f *frame) bltn {
				_, vi := value1(f)
				v := value0(f)
				check(v, int(vi)) // gonotes patch
				r := v.Index(int(vi))
				getFrame(f, l).data[i] = r
				if r.Bool() {
					return tnext
				}
				return fnext
			}
		} else {
			n.exec = func(f *frame) bltn {
				_, vi := value1(f)
				v := value0(f)
				check(v, int(vi)) // gonotes patch
				getFrame(f, l).data[i] = v.Index(int(vi))
				return tnext
			}
		}
	}
}

// getIndexMap retrieves map value from index.
func getIndexMap(n *node) {
	dest := genValue(n)
	value0 := genValue(n.child[0]) // map
	tnext := getExec(n.tnext)
	z := reflect.New(n.child[0].typ.frameType().Elem()).Elem()

	if n.child[1].rval.IsValid() && !(isEmptyIfaceKeyMap(n.child[0].typ) && dynTypeNeeded(n.child[1].typ)) && !binIfaceKeyConv(n.child[0].typ, n.child[1].typ) { // constant map index; gonotes patch: see dynMapKey
		mi := n.child[1].rval

		switch {
		case n.fnext != nil:
			fnext := getExec(n.fnext)
			n.exec = func(f *frame) bltn {
				if v := value0(f).MapIndex(mi); v.IsValid() && v.Bool() {
					dest(f).SetBool(true)
					return tnext
				}
				dest(f).Set(z)
				return fnext
			}
		default:
			n.exec = func(f *frame) bltn {
				if v := value0(f).MapIndex(mi); v.IsValid() {
					dest(f).Set(v)
				} else {
					dest(f).Set(z)
				}
				return tnext
			}
		}
	} else {
		value1 := genMapKey(n.child[1], n.child[0].typ) // map index; gonotes patch

		switch {
		case n.fnext != nil:
			fnext := getExec(n.fnext)
			n.exec = func(f *frame) bltn {
				if v := value0(f).MapIndex(value1(f)); v.IsValid() && v.Bool() {
					dest(f).SetBool(true)
					return tnext
				}
				dest(f).Set(z)
				return fnext
			}
		default:
			n.exec = func(f *frame) bltn {
				if v := value0(f).MapIndex(value1(f)); v.IsValid() {
					dest(f).Set(v)
				} else {
					dest(f).Set(z)
				}
				return tnext
			}
		}
	}
}

// getIndexMap2 retrieves map value from index and set status.
func getIndexMap2(n *node) {
	dest := genValue(n.anc.child[0])   // result
	value0 := genValue(n.child[0])     // map
	value2 := genValue(n.anc.child[1]) // status
	next := getExec(n.tnext)
	doValue := n.anc.child[0].ident != "_"
	doStatus := n.anc.child[1].ident != "_"

	if !doValue && !doStatus {
		if n.child[1].rval.IsValid() {
			nop(n)
			return
		}
		// gonotes patch (s11-fixa): _, _ = m[k] still indexes the map,
		// which panics for an unhashable key.
		key := genMapKey(n.child[1], n.child[0].typ)
		n.exec = func(f *frame) bltn {
			value0(f).MapIndex(key(f))
			return next
		}
		return
	}
	if conv := mapElemToIface(n); conv != nil {
		// gonotes patch (s11-gen): the element is put in n's slot, then
		// converted to the destination's interface type.
		elem := genValue(n)
		ziface := dest
		dest = func(f *frame) reflect.Value { return elem(f) }
		defer func() {
			exec := n.exec
			n.exec = func(f *frame) bltn {
				nx := exec(f)
				ziface(f).Set(conv(f))
				return nx
			}
		}()
	}
	if n.child[1].rval.IsValid() && !(isEmptyIfaceKeyMap(n.child[0].typ) && dynTypeNeeded(n.child[1].typ)) && !binIfaceKeyConv(n.child[0].typ, n.child[1].typ) { // constant map index; gonotes patch: see dynMapKey
		mi := n.child[1].rval
		switch {
		case !doValue:
			n.exec = func(f *frame) bltn {
				v := value0(f).MapIndex(mi)
				setOKValue(value2(f), v.IsValid()) // gonotes patch (s11-refl)
				return next
			}
		default:
			n.exec = func(f *frame) bltn {
				v := value0(f).MapIndex(mi)
				if v.IsValid() {
					dest(f).Set(v)
				} else {
					// gonotes patch: a missing key gives the zero value (the
					// destination may hold a value from a previous iteration).
					dest(f).Set(reflect.Zero(dest(f).Type()))
				}
				if doStatus {
					setOKValue(value2(f), v.IsValid()) // gonotes patch (s11-refl)
				}
				return next
			}
		}
	} else {
		value1 := genMapKey(n.child[1], n.child[0].typ) // map index; gonotes patch
		switch {
		case !doValue:
			n.exec = func(f *frame) bltn {
				v := value0(f).MapIndex(value1(f))
				setOKValue(value2(f), v.IsValid()) // gonotes patch (s11-refl)
				return next
			}
		default:
			n.exec = func(f *frame) bltn {
				v := value0(f).MapIndex(value1(f))
				if v.IsValid() {
					dest(f).Set(v)
				} else {
					// gonotes patch: a missing key gives the zero value (the
					// destination may hold a value from a previous iteration).
					dest(f).Set(reflect.Zero(dest(f).Type()))
				}
				if doStatus {
					setOKValue(value2(f), v.IsValid()) // gonotes patch (s11-refl)
				}
				return next
			}
		}
	}
	renewDefined(n, n.anc, 2)
}

// mapElemToIface returns, for `v, ok = m[k]` (n is m[k]) where v is of an
// interface type and the elements of m are not, the conversion of the
// element, in n's frame slot, to v's type: v holds the element as a value
// of its type, with its methods, and when k is missing, the zero value of
// the element type, not a nil interface. It returns nil when the element
// is set as it is. gonotes patch (s11-gen): v, ok = m[k] of a
// map[int]MyInt into a fmt.Stringer was a nil Stringer for a missing key.
func mapElemToIface(n *node) func(*frame) reflect.Value {
	d := n.anc.child[0]
	if n.anc.kind != assignXStmt || d.ident == "_" || d.typ == nil || n.typ == nil || n.findex < 0 {
		return nil
	}
	if !isInterface(d.typ) || isInterface(n.typ) {
		return nil
	}
	return genDestValue(d.typ, n)
}

// renewDefined makes the node n, whose parent stmt is a define statement
// (v, ok := ...) of nleft variables, recreate the variables it declares
// before it sets them, as assignFromCall and a plain define do, so that a
// closure or pointer made in an earlier loop iteration keeps its own
// variables (gonotes patch: `v, ok := m[k]` in a loop wrote into the
// variables of the previous iteration).
func renewDefined(n, stmt *node, nleft int) {
	if stmt.kind != defineXStmt || n.exec == nil {
		return
	}
	var cs []*node
	for _, c := range stmt.child[:nleft] {
		if c.ident != "_" && !c.redeclared {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return
	}
	exec := n.exec
	n.exec = func(f *frame) bltn {
		for _, c := range cs {
			data := getFrame(f, c.level).data
			data[c.findex] = reflect.New(data[c.findex].Type()).Elem()
		}
		return exec(f)
	}
}

// getFunc compiles a closure function generator for anonymous functions.
func getFunc(n *node) {
	i := n.findex
	l := n.level
	next := getExec(n.tnext)
	numRet := len(n.typ.ret)
	ftyp := n.typ.TypeOf()         // gonotes patch: once, not at each closure (refType allocates)
	slots := capturedSlots(n)      // gonotes patch: the slots the closure uses
	sig, typedOK := typedSig(ftyp) // gonotes patch (s12-wrap)
	// gonotes patch (s13): results of type any holding notebook values
	// go to compiled code as values of their named runtime types, as a
	// declared func's do (genFunctionWrapper).
	anyRets := anyResults(n.typ)
	// gonotes patch (s9-genstd): what the closure's frame keeps of the
	// frame it is made in (see frame.detached and loosen).
	keepOrig, keepAnc := hasRecover(n), refersUp(n, 2)
	detach := !keepOrig && len(slots) == 0 && !refersUp(n, 1)

	// gonotes patch: a literal given to a compiled function (sort.Slice's
	// less, a goroutine's body given to a library) is called by it, not by
	// interpreted code: it is not published for direct calls
	// (closurecall.go; the table would only churn).
	publish := n.anc == nil || n.anc.kind != callExpr || len(n.anc.child) == 0 || n.anc.child[0] == n || !isBinCall(n.anc, n.anc.scope)

	if calledLit(n) {
		// gonotes patch: `func(...) {...}(...)` and `go func(...)
		// {...}(...)` run the literal's body directly (see lit in call):
		// no func value is made.
		n.exec = func(*frame) bltn { return next }
		return
	}

	n.exec = func(f *frame) bltn {
		// gonotes patch: the closure needs its own copy of the frame only if
		// it uses that frame's variables (see capturesFrame).
		fr := f
		var ctl *runCtl // gonotes patch: the run the closure was made in (see below)
		if len(slots) > 0 {
			fr = f.cloneSlots(slots).loosen(keepOrig, keepAnc) // the copy keeps the run of f now
		} else {
			ctl = f.loadCtl()
			if detach && f != f.root { // gonotes patch (s9-genstd): see frame.detached
				fr = f.detached()
			}
		}
		info := &closureInfo{lit: n, fr: fr} // gonotes patch: for direct calls (closurecall.go); the closure's body keeps it alive
		// gonotes patch: the call belongs to the run that made the
		// closure (ctl), as with a copy of the frame; fr's run may have
		// changed since (the global frame's at each input, a reused
		// frame's at each call): a goroutine or callback that first ran
		// after its input ended took the next input's run, whose stop it
		// did not belong to.
		// gonotes patch (s12-wrap): a frame reused from call to call, and
		// typed funcs for common signatures (wrapcall.go).
		w := &wrapCall{def: n, n: n, f: fr, ctl: ctl, numRet: numRet, anyRets: anyRets}
		if r := frameReuse(n); r.ok {
			w.ri = r
		}
		var fct reflect.Value
		if typedOK {
			fct = w.typed(sig)
		} else {
			fct = makeFunc(ftyp, func(in []reflect.Value) []reflect.Value { // gonotes patch: makeFunc
				return w.callLit(in)
			})
		}
		// gonotes patch: the literal's slot is no longer put back to the
		// value it held before this closure was made. Upstream restored it
		// after each call; a loop that starts goroutines on func literals
		// reuses the slot, so (1) restoring it when an earlier goroutine
		// ended could hand a nil or stale func to the next go statement (a
		// crash: "call of nil function"), and (2) each closure kept the one
		// made before it alive through that saved value: a chain of every
		// closure ever made at that site, each with its copy of the frame
		// (with the global frame: memory growing with every goroutine a
		// cell starts).

		if publish { // gonotes patch: see info
			publishClosure(info, fct)
		}
		f.mutex.Lock()
		getFrame(f, l).data[i] = fct
		if l == 0 && f != f.root { // gonotes patch: for direct calls (closurecall.go)
			f.noteClosure(n, fct, fr)
		}
		f.mutex.Unlock()

		return next
	}
}

func getMethod(n *node) {
	i := n.findex
	l := n.level
	next := getExec(n.tnext)

	n.exec = func(f *frame) bltn {
		if n.directCall { // gonotes patch: the call needs no method value (methodcall.go)
			return next
		}
		nod := *(n.val.(*node))
		nod.val = &nod
		nod.recv = n.recv
		getFrame(f, l).data[i] = genFuncValue(&nod)(f)
		return next
	}
}

func getMethodByName(n *node) {
	next := getExec(n.tnext)
	resolve := methodByNameExec(n, next) // gonotes patch: also ifacecall.go's fallback
	n.exec = func(f *frame) bltn {
		if n.directCall { // gonotes patch: the call needs no method value (ifacecall.go)
			return next
		}
		return resolve(f)
	}
}

// methodByNameExec returns the exec of getMethodByName without its
// directCall test: it stores the method value of n in n's slot.
// gonotes patch: ifacecall.go calls it when its direct call cannot be made.
func methodByNameExec(n *node, next bltn) bltn {
	value0 := genValue(n.child[0])
	name := n.child[1].ident
	i := n.findex
	l := n.level
	embedded := embeddedFields(n.child[0].typ) // gonotes patch
	path := n.promote                          // gonotes patch (s11-gen)

	return func(f *frame) bltn {
		// The interface object must be directly accessible, or embedded in a struct (exported anonymous field).
		val0 := value0(f)
		val, ok := value0(f).Interface().(valueInterface)
		if !ok && len(path) > 0 {
			// gonotes patch (s11-gen): the interface field, at any depth of
			// embedding (it was looked for in the first level only).
			v := val0
			if len(path) > 1 {
				v = recvField(v, path[:len(path)-1])
			}
			for v.Kind() == reflect.Ptr {
				if v.IsNil() {
					nilDereference()
				}
				v = v.Elem()
			}
			val, ok = unsafe2.Exported(v.Field(path[len(path)-1])).Interface().(valueInterface)
		}
		if !ok {
			// Search the first embedded valueInterface.
			for val0.Kind() == reflect.Ptr {
				val0 = val0.Elem()
			}
			for i := 0; i < val0.NumField(); i++ {
				fld := val0.Type().Field(i)
				// gonotes patch: reflect marks an embedded field anonymous only
				// if it is the only field and its name is exported; the
				// interpreted type knows which fields are embedded.
				if embedded != nil {
					if !embedded[i] {
						continue
					}
				} else if !fld.Anonymous || !fld.IsExported() {
					continue
				}
				if val, ok = unsafe2.Exported(val0.Field(i)).Interface().(valueInterface); ok { // gonotes patch
					break
					// TODO: should we keep track of all the vals that are indeed valueInterface,
					// so that later on we can call MethodByName on all of them until one matches?
				}
			}
			if !ok {
				panic(n.cfgErrorf("invalid interface value %v", val0))
			}
		}
		// Traverse nested interface values to get the concrete value.
		for {
			v, ok := val.value.Interface().(valueInterface)
			if !ok {
				break
			}
			val = v
		}
		if val.node == nil || !val.value.IsValid() {
			// gonotes patch: a method of a nil interface value (it
			// panicked "method not found").
			nilDereference()
		}

		if met := val.value.MethodByName(name); met.IsValid() {
			getFrame(f, l).data[i] = met
			return next
		}

		typ := val.node.typ
		if typ.node == nil && typ.cat == valueT {
			// It happens with a var of empty interface type, that has value of concrete type
			// from runtime, being asserted to "user-defined" interface.
			if _, ok := typ.rtype.MethodByName(name); !ok {
				panic(n.cfgErrorf("method not found: %s", name))
			}
			return next
		}

		// Finally search method recursively in embedded valueInterfaces.
		r, m, li := lookupMethodValue(val, name)
		if r.IsValid() {
			getFrame(f, l).data[i] = r
			return next
		}
		if m == nil {
			if isInterfaceSrc(typ) || typ.cat == nilT {
				// gonotes patch: the zero value of an interface type
				// (a local "var i I"): a nil interface value.
				nilDereference()
			}
			// gonotes patch: a method promoted from an embedded compiled
			// field (s.Size() of an interface holding a struct that
			// embeds *strings.Reader).
			if _, index, _, ok := typ.lookupBinMethod(name); ok {
				if r := methodByName(val.value, name, index); r.IsValid() {
					getFrame(f, l).data[i] = r
					return next
				}
			}
			panic(n.cfgErrorf("method not found: %s", name))
		}

		nod := *m
		nod.val = &nod
		// gonotes patch (s14-public9a): an interface holding a pointer, or a
		// struct whose embedded path to a promoted method goes through a
		// pointer, gives a method value whose value receiver is read at each
		// call (late), as Go's method value binds the interface value, not a
		// copy of what its pointer points to.
		nod.recv = &receiver{nil, val.value, li, val.value.Kind() == reflect.Ptr || len(li) > 0}
		if len(li) == 0 && val.value.Kind() == reflect.Ptr && val.value.IsNil() && !ptrReceiver(m) && m.typ != nil && m.typ.cat == funcT {
			// gonotes patch: a value method called through an interface
			// holding a nil pointer panics as Go's wrapper does, when
			// called (the method value would dereference the receiver).
			if ft := m.typ.TypeOf(); ft != nil && ft.Kind() == reflect.Func {
				msg := nilValueMethod(typ, name)
				getFrame(f, l).data[i] = reflect.MakeFunc(ft, func([]reflect.Value) []reflect.Value { panic(plainRuntimeError(msg)) })
				return next
			}
		}
		getFrame(f, l).data[i] = genFuncValue(&nod)(f)
		return next
	}
}

// embeddedFields returns which fields of struct type t (or *t) are
// embedded, or nil if t is not an interpreted struct type. gonotes patch.
func embeddedFields(t *itype) []bool {
	for t != nil && (t.cat == ptrT || t.cat == linkedT) && t.val != t { // s9-embed2: type P *P
		t = t.val
	}
	if t == nil || t.cat != structT {
		return nil
	}
	embedded := make([]bool, len(t.field))
	for i, f := range t.field {
		embedded[i] = f.embed
	}
	return embedded
}

// lookupMethodValue recursively looks within val for the method with the given
// name. If a runtime value is found, it is returned in r, otherwise it is returned
// in m, with li as the list of recursive field indexes.
func lookupMethodValue(val valueInterface, name string) (r reflect.Value, m *node, li []int) {
	if r = val.value.MethodByName(name); r.IsValid() {
		return
	}
	if m, li = val.node.typ.lookupMethod(name); m != nil {
		return
	}
	if !isStruct(val.node.typ) {
		return
	}
	v := val.value
	for v.Type().Kind() == reflect.Ptr {
		v = v.Elem()
	}
	nf := v.NumField()
	for i := 0; i < nf; i++ {
		vi, ok := unsafe2.Exported(v.Field(i)).Interface().(valueInterface) // gonotes patch: the field may be unexported
		if !ok {
			continue
		}
		if r, m, li = lookupMethodValue(vi, name); m != nil {
			li = append([]int{i}, li...)
			return
		}
	}
	return
}

func getIndexSeq(n *node) {
	value := genValue(n.child[0])
	index := n.val.([]int)
	tnext := getExec(n.tnext)
	i := n.findex
	l := n.level

	// Note:
	// Here we have to store the result using
	//    f.data[i] = value(...)
	// instead of normal
	//    dest(f).Set(value(...)
	// because the value returned by FieldByIndex() must be preserved
	// for possible future Set operations on the struct field (avoid a
	// dereference from Set, resulting in setting a copy of the
	// original field).

	lift := unexportedPath(n.child[0].typ, index) // gonotes patch
	if n.fnext != nil {
		fnext := getExec(n.fnext)
		n.exec = func(f *frame) bltn {
			v := value(f)
			r := v.FieldByIndex(index)
			if lift { // gonotes patch
				r = unsafe2.Exported(r)
			}
			getFrame(f, l).data[i] = r
			if r.Bool() {
				return tnext
			}
			return fnext
		}
	} else if lift { // gonotes patch
		n.exec = func(f *frame) bltn {
			v := value(f)
			getFrame(f, l).data[i] = unsafe2.Exported(v.FieldByIndex(index))
			return tnext
		}
	} else {
		n.exec = func(f *frame) bltn {
			v := value(f)
			getFrame(f, l).data[i] = v.FieldByIndex(index)
			return tnext
		}
	}
}

func getPtrIndexSeq(n *node) {
	index := n.val.([]int)
	tnext := getExec(n.tnext)
	value := genValue(n.child[0])
	i := n.findex
	l := n.level

	lift := unexportedPath(n.child[0].typ, index) // gonotes patch
	if n.fnext != nil {
		fnext := getExec(n.fnext)
		n.exec = func(f *frame) bltn {
			r := value(f).Elem().FieldByIndex(index)
			if lift { // gonotes patch
				r = unsafe2.Exported(r)
			}
			getFrame(f, l).data[i] = r
			if r.Bool() {
				return tnext
			}
			return fnext
		}
	} else if lift { // gonotes patch
		n.exec = func(f *frame) bltn {
			getFrame(f, l).data[i] = unsafe2.Exported(value(f).Elem().FieldByIndex(index))
			return tnext
		}
	} else {
		n.exec = func(f *frame) bltn {
			getFrame(f, l).data[i] = value(f).Elem().FieldByIndex(index)
			return tnext
		}
	}
}

// liftExec makes n.exec store its result (a field, or a method of a field,
// reached by index from n.child[0]) as unsafe2.Exported when the path goes
// through an unexported field of an interpreted struct. gonotes patch.
func liftExec(n *node, index []int) {
	if !unexportedPath(n.child[0].typ, index) {
		return
	}
	exec, i, l := n.exec, n.findex, n.level
	n.exec = func(f *frame) bltn {
		next := exec(f)
		d := getFrame(f, l).data
		d[i] = unsafe2.Exported(d[i])
		return next
	}
}

func getIndexSeqField(n *node) {
	value := genValue(n.child[0])
	index := n.val.([]int)
	i := n.findex
	l := n.level
	tnext := getExec(n.tnext)

	if n.fnext != nil {
		fnext := getExec(n.fnext)
		if n.child[0].typ.TypeOf().Kind() == reflect.Ptr {
			n.exec = func(f *frame) bltn {
				r := value(f).Elem().FieldByIndex(index)
				getFrame(f, l).data[i] = r
				if r.Bool() {
					return tnext
				}
				return fnext
			}
		} else {
			n.exec = func(f *frame) bltn {
				r := value(f).FieldByIndex(index)
				getFrame(f, l).data[i] = r
				if r.Bool() {
					return tnext
				}
				return fnext
			}
		}
	} else {
		if n.child[0].typ.TypeOf().Kind() == reflect.Ptr {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = value(f).Elem().FieldByIndex(index)
				return tnext
			}
		} else {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = value(f).FieldByIndex(index)
				return tnext
			}
		}
	}
	liftExec(n, index) // gonotes patch
}

func getIndexSeqPtrMethod(n *node) {
	value := genValue(n.child[0])
	index := n.val.([]int)
	fi := index[1:]
	mi := index[0]
	i := n.findex
	l := n.level
	next := getExec(n.tnext)

	if n.child[0].typ.TypeOf().Kind() == reflect.Ptr {
		if len(fi) == 0 {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = value(f).Method(mi)
				return next
			}
		} else {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = value(f).Elem().FieldByIndex(fi).Addr().Method(mi)
				return next
			}
		}
	} else {
		if len(fi) == 0 {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = value(f).Addr().Method(mi)
				return next
			}
		} else {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = value(f).FieldByIndex(fi).Addr().Method(mi)
				return next
			}
		}
	}
	liftExec(n, fi) // gonotes patch
}

func getIndexSeqMethod(n *node) {
	value := genValue(n.child[0])
	index := n.val.([]int)
	fi := index[1:]
	mi := index[0]
	i := n.findex
	l := n.level
	next := getExec(n.tnext)

	if n.child[0].typ.TypeOf().Kind() == reflect.Ptr {
		if len(fi) == 0 {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = value(f).Elem().Method(mi)
				return next
			}
		} else {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = boundRecv(value(f).Elem().FieldByIndex(fi)).Method(mi) // gonotes patch (s15-public10a)
				return next
			}
		}
	} else {
		if len(fi) == 0 {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = value(f).Method(mi)
				return next
			}
		} else {
			n.exec = func(f *frame) bltn {
				getFrame(f, l).data[i] = boundRecv(value(f).FieldByIndex(fi)).Method(mi) // gonotes patch (s15-public10a)
				return next
			}
		}
	}
	liftExec(n, fi) // gonotes patch
}

// boundRecv returns the receiver v, an embedded field of a compiled type
// whose method is selected (l.String with an embedded fmt.Stringer,
// e.Year with an embedded time.Time), as a copy: reflect's method value of
// an addressable field reads the field when called, where Go's method
// value binds the receiver (the interface value, the struct value, the
// pointer) when evaluated (e.Time = later, then the method value still
// gives the first year). gonotes patch (s15-public10a).
func boundRecv(v reflect.Value) reflect.Value {
	if !v.CanAddr() {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(unsafe2.Exported(v))
	return c
}

func neg(n *node) {
	dest := genValue(n)
	value := genValue(n.child[0])
	next := getExec(n.tnext)
	typ := n.typ.concrete().TypeOf()
	isInterface := n.typ.TypeOf().Kind() == reflect.Interface

	switch n.typ.TypeOf().Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if isInterface {
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.ValueOf(-value(f).Int()).Convert(typ))
				return next
			}
			return
		}
		n.exec = func(f *frame) bltn {
			dest(f).SetInt(-value(f).Int())
			return next
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if isInterface {
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.ValueOf(-value(f).Uint()).Convert(typ))
				return next
			}
			return
		}
		n.exec = func(f *frame) bltn {
			dest(f).SetUint(-value(f).Uint())
			return next
		}
	case reflect.Float32, reflect.Float64:
		if isInterface {
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.ValueOf(-value(f).Float()).Convert(typ))
				return next
			}
			return
		}
		n.exec = func(f *frame) bltn {
			dest(f).SetFloat(-value(f).Float())
			return next
		}
	case reflect.Complex64, reflect.Complex128:
		if isInterface {
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.ValueOf(-value(f).Complex()).Convert(typ))
				return next
			}
			return
		}
		n.exec = func(f *frame) bltn {
			dest(f).SetComplex(-value(f).Complex())
			return next
		}
	}
}

func pos(n *node) {
	dest := genValue(n)
	value := genValue(n.child[0])
	next := getExec(n.tnext)

	n.exec = func(f *frame) bltn {
		dest(f).Set(value(f))
		return next
	}
}

func bitNot(n *node) {
	dest := genValue(n)
	value := genValue(n.child[0])
	next := getExec(n.tnext)
	typ := n.typ.concrete().TypeOf()
	isInterface := n.typ.TypeOf().Kind() == reflect.Interface

	switch typ.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if isInterface {
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.ValueOf(^value(f).Int()).Convert(typ))
				return next
			}
			return
		}
		n.exec = func(f *frame) bltn {
			dest(f).SetInt(^value(f).Int())
			return next
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if isInterface {
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.ValueOf(^value(f).Uint()).Convert(typ))
				return next
			}
			return
		}
		n.exec = func(f *frame) bltn {
			dest(f).SetUint(^value(f).Uint())
			return next
		}
	}
}

func land(n *node) {
	value0 := genValue(n.child[0])
	value1 := genValue(n.child[1])
	tnext := getExec(n.tnext)
	dest := genValue(n)
	typ := n.typ.concrete().TypeOf()
	isInterface := n.typ.TypeOf().Kind() == reflect.Interface

	if n.fnext != nil {
		fnext := getExec(n.fnext)
		n.exec = func(f *frame) bltn {
			if value0(f).Bool() && value1(f).Bool() {
				dest(f).SetBool(true)
				return tnext
			}
			dest(f).SetBool(false)
			return fnext
		}
		return
	}
	if isInterface {
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.ValueOf(value0(f).Bool() && value1(f).Bool()).Convert(typ))
			return tnext
		}
		return
	}
	n.exec = func(f *frame) bltn {
		dest(f).SetBool(value0(f).Bool() && value1(f).Bool())
		return tnext
	}
}

func lor(n *node) {
	value0 := genValue(n.child[0])
	value1 := genValue(n.child[1])
	tnext := getExec(n.tnext)
	dest := genValue(n)
	typ := n.typ.concrete().TypeOf()
	isInterface := n.typ.TypeOf().Kind() == reflect.Interface

	if n.fnext != nil {
		fnext := getExec(n.fnext)
		n.exec = func(f *frame) bltn {
			if value0(f).Bool() || value1(f).Bool() {
				dest(f).SetBool(true)
				return tnext
			}
			dest(f).SetBool(false)
			return fnext
		}
		return
	}
	if isInterface {
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.ValueOf(value0(f).Bool() || value1(f).Bool()).Convert(typ))
			return tnext
		}
		return
	}
	n.exec = func(f *frame) bltn {
		dest(f).SetBool(value0(f).Bool() || value1(f).Bool())
		return tnext
	}
}

func nop(n *node) {
	next := getExec(n.tnext)

	n.exec = func(f *frame) bltn {
		return next
	}
}

// branchIface is branch for a condition of an interface type: the case x
// of a switch without a tag, which compares x with true, is true if x holds
// the bool true (not a value of another boolean type). gonotes patch
// (s11-refl): branch took the value as a bool ("reflect: call of
// reflect.Value.Bool on interface Value").
func branchIface(n *node) {
	tnext := getExec(n.tnext)
	fnext := getExec(n.fnext)
	value := genValue(n)

	n.exec = func(f *frame) bltn {
		if isTrueValue(value(f)) {
			return tnext
		}
		return fnext
	}
}

// isTrueValue reports whether the value v of an interface type holds the
// bool true.
func isTrueValue(v reflect.Value) bool {
	for v.IsValid() {
		if vi, ok := v.Interface().(valueInterface); ok {
			if vi.node != nil && vi.node.typ != nil && vi.node.typ.TypeOf() != nil && vi.node.typ.name != "" && vi.node.typ.name != "bool" {
				return false // a defined boolean type of the interpreter
			}
			v = vi.value
			continue
		}
		if v.Kind() != reflect.Interface {
			break
		}
		v = v.Elem()
	}
	return v.IsValid() && v.Type() == reflect.TypeOf(true) && v.Bool()
}

func branch(n *node) {
	tnext := getExec(n.tnext)
	fnext := getExec(n.fnext)
	value := genValue(n)

	n.exec = func(f *frame) bltn {
		if value(f).Bool() {
			return tnext
		}
		return fnext
	}
}

func _return(n *node) {
	child := n.child
	def := n.val.(*node)
	// gonotes patch: return f(), f's results of other types than the
	// func's ((string, error) for (any, error)): the call wrote them to
	// slots of its own, each is converted from there as a result of its
	// own (only the first was, the others were lost).
	if len(child) == 1 && isCall(child[0]) && len(def.typ.ret) > 1 && child[0].findex >= len(def.typ.ret) {
		if rets := callResultTypes(child[0]); len(rets) == len(def.typ.ret) {
			child = make([]*node, len(rets))
			for i, t := range rets {
				child[i] = &node{kind: identExpr, typ: t, findex: n.child[0].findex + i, interp: n.interp, scope: n.child[0].scope}
			}
		}
	}
	values := make([]func(*frame) reflect.Value, len(child))
	for i, c := range child {
		if d, ok := c.val.(*node); ok && d != nil && d.kind == funcDecl && c.typ != nil && isFuncSrc(c.typ) {
			// gonotes patch: return f, f a declared func: its func value,
			// not its node ("reflect.Set: value of type *interp.node").
			values[i] = genFuncValue(c)
			continue
		}
		switch t := def.typ.ret[i]; t.cat {
		case errorT:
			values[i] = genInterfaceWrapper(c, t.TypeOf())
		case funcT:
			values[i] = genValue(c)
		case valueT:
			switch t.rtype.Kind() {
			case reflect.Interface:
				values[i] = genInterfaceWrapper(c, t.TypeOf())
				continue
			case reflect.Func:
				values[i] = genFunctionWrapper(c)
				continue
			}
			fallthrough
		default:
			switch {
			case isInterfaceSrc(t):
				if dynIfaceValue(t, c) || isEmptyInterface(t) && !isInterface(c.typ) && len(c.typ.method) > 0 {
					// gonotes patch: the empty interface keeps the value's
					// type (dyntype.go), and the methods of its type.
					values[i] = genDynValue(c)
					break
				}
				if len(t.field) == 0 {
					// empty interface case.
					// we can't let genValueInterface deal with it, because we call on c,
					// not on n, which means that the interfaceT knowledge is lost.
					values[i] = genValue(c)
					break
				}
				values[i] = genValueInterface(c)
			case c.typ.untyped:
				values[i] = genValueAs(c, t.TypeOf())
			default:
				values[i] = genValue(c)
			}
		}
	}

	switch len(child) {
	case 0:
		n.exec = nil
	case 1:
		switch {
		case !child[0].rval.IsValid() && child[0].kind == binaryExpr && !ifaceDest(def.typ.ret[0], dynConcreteType(child[0])): // gonotes patch: an interface result is converted
			// No additional runtime operation is necessary for constants (not in frame) or
			// binary expressions (stored directly at the right location in frame).
			n.exec = nil
		case isCall(child[0]) && !child[0].rval.IsValid() && n.child[0].typ.id() == def.typ.ret[0].id():
			// Calls are optmized as long as no type conversion is involved.
			// gonotes patch (s11-gen): not a call that is a constant
			// (unsafe.Sizeof(x), len of an array), which writes nothing
			// in the frame: return unsafe.Sizeof(x) returned 0.
			n.exec = nil
		default:
			// Regular return: store the value to return at to start of the frame.
			v := values[0]
			n.exec = func(f *frame) bltn {
				if r := v(f); !fastCopy(&f.data[0], &r) { // gonotes patch: fastCopy
					f.data[0].Set(r)
				}
				return nil
			}
		}
	case 2:
		if !mustReturnValue(def.child[2]) {
			// gonotes patch: named results (return b, a) are all read first.
			n.exec = returnParallel(values)
			break
		}
		v0, v1 := values[0], values[1]
		n.exec = func(f *frame) bltn {
			f.data[0].Set(v0(f))
			f.data[1].Set(v1(f))
			return nil
		}
	default:
		if !mustReturnValue(def.child[2]) {
			n.exec = returnParallel(values) // gonotes patch: as above
			break
		}
		n.exec = func(f *frame) bltn {
			for i, value := range values {
				f.data[i].Set(value(f))
			}
			return nil
		}
	}
}

// returnParallel makes the exec of a return of several values from a
// function with named results (gonotes patch): the results' slots are the
// named results' variables, which the returned expressions may read
// (`return b, a` swaps a and b), so every value is read, and copied out of
// its variable, before any result is stored.
func returnParallel(values []func(*frame) reflect.Value) bltn {
	return func(f *frame) bltn {
		rs := make([]reflect.Value, len(values))
		for i, value := range values {
			r := value(f)
			if r.CanAddr() {
				c := reflect.New(r.Type()).Elem()
				c.Set(r)
				r = c
			}
			rs[i] = r
		}
		for i, r := range rs {
			f.data[i].Set(r)
		}
		return nil
	}
}

func arrayLit(n *node) {
	value := valueGenerator(n, n.findex)
	next := getExec(n.tnext)
	child := n.child
	if n.nleft == 1 {
		child = n.child[1:]
	}

	values := make([]func(*frame) reflect.Value, len(child))
	index := make([]int, len(child))
	var max, prev int

	ntyp := n.typ.resolveAlias()
	ptr := false
	if ntyp.cat == ptrT && ntyp.val != nil {
		// gonotes patch: an elided &[N]T{...} ([]*[2]int{{1, 2}}): the
		// elements are those of the array, and the value is its address
		// (they were converted to the array type itself).
		ptr = true
		ntyp = ntyp.val.resolveAlias()
	}
	for i, c := range child {
		if c.kind == keyValueExpr {
			values[i] = genDestValue(ntyp.val, c.child[1])
			index[i] = int(vInt(c.child[0].rval))
		} else {
			values[i] = genDestValue(ntyp.val, c)
			index[i] = prev
		}
		prev = index[i] + 1
		if prev > max {
			max = prev
		}
	}

	typ := ntyp.frameType()
	kind := typ.Kind()
	n.exec = func(f *frame) bltn {
		var a reflect.Value
		if kind == reflect.Slice {
			a = reflect.MakeSlice(typ, max, max)
		} else {
			a, _ = ntyp.zero()
		}
		for i, v := range values {
			a.Index(index[i]).Set(v(f))
		}
		if ptr { // gonotes patch: see above
			p := reflect.New(a.Type())
			p.Elem().Set(a)
			a = p
		}
		value(f).Set(a)
		return next
	}
}

func mapLit(n *node) {
	value := valueGenerator(n, n.findex)
	next := getExec(n.tnext)
	child := n.child
	if n.nleft == 1 {
		child = n.child[1:]
	}
	typ := n.typ.frameType()
	keys := make([]func(*frame) reflect.Value, len(child))
	values := make([]func(*frame) reflect.Value, len(child))
	for i, c := range child {
		if isEmptyIfaceKeyMap(n.typ) || isBinIfaceKeyMap(n.typ) || holdsIfaceKeyMap(n.typ) { // gonotes patch: see dynMapKey, binIfaceKey, ifaceKey
			keys[i] = genMapKey(c.child[0], n.typ)
		} else {
			keys[i] = genDestValue(n.typ.key, c.child[0])
		}
		values[i] = genDestValue(n.typ.val, c.child[1])
	}

	n.exec = func(f *frame) bltn {
		m := reflect.MakeMap(typ)
		for i, k := range keys {
			setMapIndex(m, k(f), values[i](f)) // gonotes patch (s11-fixa): setMapIndex
		}
		value(f).Set(m)
		return next
	}
}

func compositeBinMap(n *node) {
	value := valueGenerator(n, n.findex)
	next := getExec(n.tnext)
	child := n.child
	if n.nleft == 1 {
		child = n.child[1:]
	}
	typ := n.typ.frameType()
	keys := make([]func(*frame) reflect.Value, len(child))
	values := make([]func(*frame) reflect.Value, len(child))
	for i, c := range child {
		convertLiteralValue(c.child[0], typ.Key())
		convertLiteralValue(c.child[1], typ.Elem())
		keys[i] = genValue(c.child[0])

		if isFuncSrc(c.child[1].typ) && typ.Elem().Kind() == reflect.Interface {
			values[i] = genCrossFuncWrapper(c.child[1]) // gonotes patch: see crossFuncType
		} else if isFuncSrc(c.child[1].typ) {
			values[i] = genFunctionWrapper(c.child[1])
		} else if typ.Elem().Kind() == reflect.Interface {
			// gonotes patch (s12): a value of a notebook type in a map of
			// a compiled type with interface elements is wrapped as in a
			// map[K]I literal (it panicked: reflect.Set).
			values[i] = genDestValue(valueTOf(typ.Elem()), c.child[1])
		} else {
			values[i] = genValue(c.child[1])
		}
	}

	n.exec = func(f *frame) bltn {
		m := reflect.MakeMap(typ)
		for i, k := range keys {
			setMapIndex(m, k(f), values[i](f)) // gonotes patch (s11-fixa): setMapIndex
		}
		value(f).Set(m)
		return next
	}
}

func compositeBinSlice(n *node) {
	value := valueGenerator(n, n.findex)
	next := getExec(n.tnext)
	child := n.child
	if n.nleft == 1 {
		child = n.child[1:]
	}

	values := make([]func(*frame) reflect.Value, len(child))
	index := make([]int, len(child))
	rtype := n.typ.rtype.Elem()
	var max, prev int

	// gonotes patch (s12): an element of a notebook type in a slice of a
	// compiled type with interface elements (color.Palette{Gray4(8)}) is
	// wrapped as in a []I literal (it panicked: reflect.Set).
	elemValue := genValue
	if rtype.Kind() == reflect.Interface {
		et := valueTOf(rtype)
		elemValue = func(c *node) func(*frame) reflect.Value { return genDestValue(et, c) }
	}
	for i, c := range child {
		if c.kind == keyValueExpr {
			convertLiteralValue(c.child[1], rtype)
			values[i] = elemValue(c.child[1])
			index[i] = int(vInt(c.child[0].rval))
		} else {
			convertLiteralValue(c, rtype)
			values[i] = elemValue(c)
			index[i] = prev
		}
		prev = index[i] + 1
		if prev > max {
			max = prev
		}
	}

	typ := n.typ.frameType()
	kind := typ.Kind()
	n.exec = func(f *frame) bltn {
		var a reflect.Value
		if kind == reflect.Slice {
			a = reflect.MakeSlice(typ, max, max)
		} else {
			a, _ = n.typ.zero()
		}
		for i, v := range values {
			a.Index(index[i]).Set(v(f))
		}
		value(f).Set(a)
		return next
	}
}

// doCompositeBinStruct creates and populates a struct object from a binary type.
func doCompositeBinStruct(n *node, hasType bool) {
	next := getExec(n.tnext)
	value := valueGenerator(n, n.findex)
	typ := n.typ.rtype
	if n.typ.cat == ptrT || n.typ.cat == linkedT {
		typ = n.typ.val.rtype
	} else if typ.Kind() == reflect.Ptr { // gonotes patch: elided &T of a compiled T
		typ = typ.Elem()
	}
	child := n.child
	if hasType {
		child = n.child[1:]
	}
	values := make([]func(*frame) reflect.Value, len(child))
	fieldIndex := make([][]int, len(child))
	for i, c := range child {
		if c.kind == keyValueExpr {
			if sf, ok := typ.FieldByName(c.child[0].ident); ok {
				fieldIndex[i] = sf.Index
				convertLiteralValue(c.child[1], sf.Type)
				if isFuncSrc(c.child[1].typ) {
					values[i] = genFunctionWrapper(c.child[1])
				} else {
					values[i] = genBinFieldValue(c.child[1], sf.Type) // gonotes patch (s10-stringer)
				}
			}
		} else {
			fieldIndex[i] = []int{i}
			if isFuncSrc(c.typ) && len(c.child) > 1 {
				convertLiteralValue(c.child[1], typ.Field(i).Type)
				values[i] = genFunctionWrapper(c.child[1])
			} else {
				convertLiteralValue(c, typ.Field(i).Type)
				values[i] = genBinFieldValue(c, typ.Field(i).Type) // gonotes patch (s10-stringer)
			}
		}
	}

	frameIndex := n.findex
	l := n.level

	n.exec = func(f *frame) bltn {
		s := reflect.New(typ).Elem()
		for i, v := range values {
			s.FieldByIndex(fieldIndex[i]).Set(v(f))
		}
		d := value(f)
		switch {
		case d.Kind() == reflect.Ptr:
			d.Set(s.Addr())
		default:
			getFrame(f, l).data[frameIndex] = s
		}
		return next
	}
}

// genBinFieldValue returns the value of c for a field of type ft of a
// compiled struct type in a composite literal: a value of an interpreted
// type for a compiled interface with methods (&fs.PathError{Err: e}) is
// given as a value of its named runtime type or in a wrapper
// (genInterfaceWrapper), as for an assignment; reflect.Value.Set panicked
// ("value of type struct { n int } is not assignable to type error").
// gonotes patch (s10-stringer).
func genBinFieldValue(c *node, ft reflect.Type) func(*frame) reflect.Value {
	if ft.Kind() == reflect.Interface && ft.NumMethod() > 0 && c.typ != nil && c.typ.cat != valueT && c.typ.cat != nilT && !isFuncSrc(c.typ) {
		return genInterfaceWrapper(c, ft)
	}
	if ft.Kind() == reflect.Interface && c.typ != nil && c.typ.cat != valueT && c.typ.cat != nilT && !isFuncSrc(c.typ) && !isInterface(c.typ) {
		// gonotes patch (s15-lead): an any field (queue.Item{Value: &Task{}})
		// gets a value of an interpreted defined type as its named runtime
		// type, as an any argument does (genNamedArg): stored as itself, a
		// *Task came back as a *struct{ name string }, which %T printed and
		// an assertion to *Task refused.
		return genNamedArg(c.interp, c)
	}
	return genValue(c)
}

// setSwitchMulti sets d, the variable of a type switch clause listing
// several types (of the type of the switch's operand), to val, the
// operand's value as the switch looked at it, or to src, the operand's
// value, if val does not fit d: namedDyn makes an any of a value of a
// named runtime type held by a compiled interface (an error), which an
// error variable cannot hold. gonotes patch (s10-stringer).
func setSwitchMulti(d, val, src reflect.Value) {
	if val.IsValid() && !val.Type().AssignableTo(d.Type()) && src.IsValid() && src.Type().AssignableTo(d.Type()) {
		val = src
	}
	d.Set(val)
}

func compositeBinStruct(n *node)       { doCompositeBinStruct(n, true) }
func compositeBinStructNotype(n *node) { doCompositeBinStruct(n, false) }

func destType(n *node) *itype {
	switch n.anc.kind {
	case assignStmt, defineStmt:
		return n.anc.child[0].typ
	default:
		return n.typ
	}
}

func doComposite(n *node, hasType bool, keyed bool) {
	value := valueGenerator(n, n.findex)
	next := getExec(n.tnext)
	typ := n.typ
	if typ.cat == ptrT || typ.cat == linkedT {
		typ = typ.val
	}
	child := n.child
	if hasType {
		child = n.child[1:]
	}
	destInterface := isInterfaceSrc(destType(n))

	values := make(map[int]func(*frame) reflect.Value)
	for i, c := range child {
		var val *node
		var fieldIndex int
		if keyed {
			val = c.child[1]
			fieldIndex = typ.fieldIndex(c.child[0].ident)
		} else {
			val = c
			fieldIndex = i
		}
		if typ.field[fieldIndex].name == "_" {
			// gonotes patch (s11-fixb): a blank field keeps its zero value
			// (struct{ a, _, c int }{1, 2, 3} has 0 there, as in Go); the
			// element is still evaluated, in the chain.
			continue
		}
		ft := typ.field[fieldIndex].typ
		rft := ft.TypeOf()
		convertLiteralValue(val, rft)
		switch {
		case val.typ.cat == nilT:
			values[fieldIndex] = func(*frame) reflect.Value { return reflect.New(rft).Elem() }
		case isNamedFuncSrc(val.typ) && !(isEmptyInterface(ft) && dynIfaceValue(ft, val)): // gonotes patch (s14-typeident): a declared func in an any field keeps its type
			values[fieldIndex] = genValueAsFunctionWrapper(val)
		case dynIfaceValue(ft, val): // gonotes patch: the empty interface keeps the value's type (dyntype.go)
			values[fieldIndex] = genNamedInAny(val, genDynValue(val)) // gonotes patch (s12-iface): ifacekey.go
		case isInterfaceSrc(ft) && isEmptyInterface(ft) && len(val.typ.method) > 0 && !isInterface(val.typ):
			values[fieldIndex] = genNamedInAny(val, genValueInterface(val)) // gonotes patch (s12-iface): ifacekey.go
		case isInterfaceSrc(ft) && (!isEmptyInterface(ft) || len(val.typ.method) > 0):
			values[fieldIndex] = genValueInterface(val)
		case isInterface(ft):
			values[fieldIndex] = genInterfaceWrapper(val, rft)
		default:
			values[fieldIndex] = genValue(val)
		}
	}

	frameIndex := n.findex
	l := n.level
	rt := typ.TypeOf()
	lift := false // gonotes patch: an unexported field is set through unsafe2.Exported
	for i := range values {
		lift = lift || !canExport(typ.field[i].name)
	}

	n.exec = func(f *frame) bltn {
		a := reflect.New(rt).Elem()
		for i, v := range values {
			if lift { // gonotes patch
				unsafe2.Exported(a.Field(i)).Set(v(f))
				continue
			}
			a.Field(i).Set(v(f))
		}
		d := value(f)
		switch {
		case d.Kind() == reflect.Ptr:
			d.Set(a.Addr())
		case destInterface && (d.Kind() == reflect.Interface || d.Type() == valueInterfaceType): // gonotes patch: the literal is written in place (cfg)
			if len(destType(n).field) > 0 {
				d.Set(reflect.ValueOf(valueInterface{n, a}))
				break
			}
			d.Set(a)
		default:
			getFrame(f, l).data[frameIndex] = a
		}
		return next
	}
}

// doCompositeLit creates and populates a struct object.
func doCompositeLit(n *node, hasType bool) {
	doComposite(n, hasType, false)
}

func compositeLit(n *node)       { doCompositeLit(n, true) }
func compositeLitNotype(n *node) { doCompositeLit(n, false) }

// doCompositeLitKeyed creates a struct Object, filling fields from sparse key-values.
func doCompositeLitKeyed(n *node, hasType bool) {
	doComposite(n, hasType, true)
}

func compositeLitKeyed(n *node)       { doCompositeLitKeyed(n, true) }
func compositeLitKeyedNotype(n *node) { doCompositeLitKeyed(n, false) }

func empty(n *node) {}

var rat = reflect.ValueOf((*[]rune)(nil)).Type().Elem() // runes array type

func _range(n *node) {
	index0 := n.child[0].findex // array index location in frame
	index2 := index0 - 1        // shallow array for range, always just behind index0
	index3 := index2 - 1        // additional location to store string char position
	fnext := getExec(n.fnext)
	tnext := getExec(n.tnext)

	var value func(*frame) reflect.Value
	var an *node
	if len(n.child) == 4 {
		an = n.child[2]
		index1 := n.child[1].findex // array value location in frame
		if isString(an.typ.TypeOf()) {
			// Special variant of "range" for string, where the index indicates the byte position
			// of the rune in the string, rather than the index of the rune in array.
			// gonotes patch: decode the string in place with utf8.DecodeRuneInString (an
			// invalid byte gives utf8.RuneError and advances by 1, as in Go), instead of
			// converting it to []rune and recomputing each byte position (quadratic).
			value = genValue(an)
			n.exec = func(f *frame) bltn {
				s := f.data[index2].String()
				v0 := f.data[index3]
				pos := int(v0.Int())
				if pos >= len(s) {
					return fnext
				}
				r, size := utf8.DecodeRuneInString(s[pos:])
				v0.SetInt(int64(pos + size))
				f.data[index0].SetInt(int64(pos))
				f.data[index1].SetInt(int64(r))
				return tnext
			}
		} else if t := an.typ.TypeOf(); n.child[1].ident == "_" && t.Kind() == reflect.Ptr && t.Elem().Kind() == reflect.Array {
			// gonotes patch: `for i, _ := range p` has one iteration
			// variable: the pointer to array is not dereferenced (it may be
			// nil), as with `for i := range p` below.
			value = arrayPtrLenValue(an, t)
			n.exec = rangeIndexOnly(index0, index2, fnext, tnext)
		} else {
			value = genValueRangeArray(an)
			n.exec = func(f *frame) bltn {
				a := f.data[index2]
				v0 := f.data[index0]
				v0.SetInt(v0.Int() + 1)
				i := int(v0.Int())
				if i >= a.Len() {
					return fnext
				}
				f.data[index1].Set(a.Index(i))
				return tnext
			}
		}
	} else {
		an = n.child[1]
		custom := false // gonotes patch
		switch t := an.typ.TypeOf(); {
		case isString(t):
			custom = true
			// gonotes patch: the index is a byte position (see above).
			value = genValue(an)
			n.exec = func(f *frame) bltn {
				s := f.data[index2].String()
				v0 := f.data[index3]
				pos := int(v0.Int())
				if pos >= len(s) {
					return fnext
				}
				_, size := utf8.DecodeRuneInString(s[pos:])
				v0.SetInt(int64(pos + size))
				f.data[index0].SetInt(int64(pos))
				return tnext
			}
		case rangeSkipsOperand(n):
			// gonotes patch: the operand is not evaluated, only its
			// constant length counts (of the array a pointer points to:
			// s15-public10a).
			if t.Kind() == reflect.Ptr {
				t = t.Elem()
			}
			zero := reflect.Zero(t)
			value = func(*frame) reflect.Value { return zero }
		case t.Kind() == reflect.Ptr && t.Elem().Kind() == reflect.Array:
			// gonotes patch: with only an index, the length of a pointer to array is
			// constant: the pointer is not dereferenced (it may be nil).
			value = arrayPtrLenValue(an, t)
		default:
			value = genValueRangeArray(an)
		}
		if !custom { // gonotes patch
			n.exec = rangeIndexOnly(index0, index2, fnext, tnext)
		}
	}

	// Init sequence
	next := n.exec
	index := index0
	start := int64(-1)
	if isString(an.typ.TypeOf()) { // gonotes patch: the next byte position, from 0
		index, start = index3, 0
	}
	if isString(an.typ.TypeOf()) { // gonotes patch (s17-public17)
		// The range expression is evaluated once: the string is copied
		// out of its variable (genValue gives the variable itself), so
		// that assigning the variable in the body does not change the
		// runes ranged over.
		get := value
		value = func(f *frame) reflect.Value { return reflect.ValueOf(get(f).String()) }
	}
	n.child[0].exec = func(f *frame) bltn {
		f.data[index2] = value(f)   // set array shallow copy for range
		f.data[index].SetInt(start) // assing index value
		return next
	}
}

// arrayPtrLenValue returns the value a range over an of type t, a pointer
// to an array, ranges over when only indexes are used: a zero array of
// its length (an is evaluated, not dereferenced: it may be nil). gonotes
// patch.
func arrayPtrLenValue(an *node, t reflect.Type) func(*frame) reflect.Value {
	raw := genValue(an)
	zero := reflect.Zero(t.Elem())
	return func(f *frame) reflect.Value {
		raw(f)
		return zero
	}
}

// rangeIndexOnly is the exec of a range that only counts indexes (index0)
// up to the length of the value ranged over (index2). gonotes patch.
func rangeIndexOnly(index0, index2 int, fnext, tnext bltn) bltn {
	return func(f *frame) bltn {
		v0 := f.data[index0]
		v0.SetInt(v0.Int() + 1)
		if int(v0.Int()) >= f.data[index2].Len() {
			return fnext
		}
		return tnext
	}
}

func rangeChan(n *node) {
	i := n.child[0].findex        // element index location in frame
	value := genValue(n.child[1]) // chan
	fnext := getExec(n.fnext)
	tnext := getExec(n.tnext)

	// gonotes patch (s17-public17): the channel is evaluated once, when
	// the loop starts (cfg.go: child[1], then child[0], then n), into the
	// slot allocated just before the element's; it was read again at each
	// iteration, so that assigning the channel variable in the body (ch =
	// nil) changed the channel ranged over (a nil one blocked forever).
	chIndex := i - 1
	raw := value
	value = func(f *frame) reflect.Value { return f.data[chIndex] }
	n.exec = func(f *frame) bltn {
		f.mutex.RLock()
		done := f.loadCtl().done // gonotes patch: see runCtl
		f.mutex.RUnlock()

		chosen, v, ok := reflect.Select([]reflect.SelectCase{done, {Dir: reflect.SelectRecv, Chan: value(f)}})
		if chosen == 0 {
			return nil
		}
		if !ok {
			return fnext
		}
		f.data[i].Set(v)
		return tnext
	}
	loop := n.exec
	n.child[0].exec = func(f *frame) bltn {
		f.data[chIndex].Set(raw(f)) // a copy: raw may be the variable itself
		return loop
	}
}

func rangeMap(n *node) {
	index0 := n.child[0].findex // map index location in frame
	index2 := index0 - 1        // iterator for range, always just behind index0
	fnext := getExec(n.fnext)
	tnext := getExec(n.tnext)

	var value func(*frame) reflect.Value
	switch mn := n.child[len(n.child)-2]; { // gonotes patch: a switch, for the keys of a map[any]T
	case len(n.child) >= 3 && isEmptyIfaceKeyMap(mn.typ):
		// gonotes patch: the keys of a map[any]T hold dynMapKeys.
		value = genValue(mn)
		index1 := -1
		if len(n.child) == 4 {
			index1 = n.child[1].findex
		}
		n.exec = func(f *frame) bltn {
			iter := f.data[index2].Interface().(*reflect.MapIter)
			if !iter.Next() {
				return fnext
			}
			f.data[index0].Set(dynKeyValue(iter.Key()))
			if index1 >= 0 {
				f.data[index1].Set(iter.Value())
			}
			return tnext
		}
	case len(n.child) == 4:
		index1 := n.child[1].findex  // map value location in frame
		value = genValue(n.child[2]) // map
		n.exec = func(f *frame) bltn {
			iter := f.data[index2].Interface().(*reflect.MapIter)
			if !iter.Next() {
				return fnext
			}
			f.data[index0].Set(iter.Key())
			f.data[index1].Set(iter.Value())
			return tnext
		}
	default:
		value = genValue(n.child[1]) // map
		n.exec = func(f *frame) bltn {
			iter := f.data[index2].Interface().(*reflect.MapIter)
			if !iter.Next() {
				return fnext
			}
			f.data[index0].Set(iter.Key())
			return tnext
		}
	}

	// Init sequence
	next := n.exec
	n.child[0].exec = func(f *frame) bltn {
		f.data[index2].Set(reflect.ValueOf(value(f).MapRange()))
		return next
	}
}

func _case(n *node) {
	tnext := getExec(n.tnext)
	if len(n.child) == 0 {
		// gonotes patch (s15-public10a): an empty default clause (default:
		// with no statements) has no body to go to: on to what follows.
		n.exec = func(*frame) bltn { return tnext }
		return
	}

	// TODO(mpl): a lot of what is done in typeAssert should probably be redone/reused here.
	switch {
	case n.anc.anc.kind == typeSwitch:
		fnext := getExec(n.fnext)
		sn := n.anc.anc // switch node
		types := make([]*itype, len(n.child)-1)
		for i := range types {
			types[i] = n.child[i].typ
		}
		srcNode := sn.child[1].lastChild().child[0]
		srcValue := genValue(srcNode)
		defer nilCase(n, sn, types, srcValue, tnext) // gonotes patch
		// gonotes patch: interface case types are matched by switchImplements.
		ifaces := make([]bool, len(types))
		cases := make([]switchCase, len(types))
		stricts := make([]bool, len(types)) // gonotes patch: see dynTypeStrict
		anyIface, allIface := false, true
		for i, t := range types {
			stricts[i] = dynTypeStrict(t) || n.interp.structStrict(t) // gonotes patch; structStrict (s13-ifacefield)
			if ifaces[i] = isSwitchInterface(t); ifaces[i] {
				cases[i] = newSwitchCase(t)
				anyIface = true
			} else {
				allIface = false
			}
		}
		// gonotes patch: the reflect type of a case type whose values are
		// held as themselves in an interface (not a defined type, nor made of
		// one: map[string]any, []any), matched by it, not by its string: the
		// id of map[string]any is not the reflect string of its values.
		plain := make([]reflect.Type, len(types))
		for i, t := range types {
			if t != nil && t.cat != nilT && !isInterface(t) && !dynTypeNeeded(t) {
				plain[i] = t.TypeOf()
			}
		}
		// ifaceMatch returns whether v matches an interface case type.
		ifaceMatch := func(v reflect.Value) bool {
			if !anyIface {
				return false
			}
			dyn, dtyp, _ := n.interp.switchDynWrapped(v) // gonotes patch: rtiface.go
			for i := range types {
				if ifaces[i] && switchImplements(dyn, dtyp, &cases[i]) {
					return true
				}
			}
			return false
		}

		if len(sn.child[1].child) != 2 {
			// no assign in switch guard
			if len(n.child) <= 1 {
				n.exec = func(f *frame) bltn { return tnext }
			} else {
				n.exec = func(f *frame) bltn {
					if ifaceMatch(srcValue(f)) { // gonotes patch
						return tnext
					}
					if allIface { // gonotes patch
						return fnext
					}
					ival := n.interp.wrappedDynAny(n.interp.namedDyn(srcValue(f))).Interface() // gonotes patch: rtname.go, rtiface.go
					val, ok := ival.(valueInterface)
					// TODO(mpl): I'm assuming here that !ok means that we're dealing with the empty
					// interface case. But maybe we should make sure by checking the relevant cat
					// instead? later. Use t := v.Type(); t.Kind() == reflect.Interface , like above.
					if !ok {
						var stype string
						if ival != nil {
							stype = strings.ReplaceAll(reflect.TypeOf(ival).String(), " {}", "{}")
						}
						for i, typ := range types { // gonotes patch: i
							// TODO(mpl): we should actually use canAssertTypes, but need to find a valid
							// rtype for typ. Plus we need to refactor with typeAssert().
							// weak check instead for now.
							if ival == nil {
								if typ.cat == nilT {
									return tnext
								}
								continue
							}
							if stype == typ.id() || n.interp.crossedAs(reflect.TypeOf(ival), typ) || typ.cat == funcT && rawFuncOf(reflect.TypeOf(ival), typ, typ.TypeOf()) { // gonotes patch: see noteCrossed; (s14-typeident) rawFuncOf
								return tnext
							}
							if plain[i] != nil && reflect.TypeOf(ival) == plain[i] { // gonotes patch: see plain
								return tnext
							}

							// gonotes patch: a compiled interface type (error, fmt.Stringer).
							if typ.cat == valueT || typ.cat == errorT {
								if rt := typ.TypeOf(); rt != nil && rt.Kind() == reflect.Interface && reflect.TypeOf(ival).Implements(rt) {
									return tnext
								}
							}
							if v := srcValue(f); n.interp.matchWrapped(v, wrappedInner(v), typ) { // gonotes patch
								return tnext
							}
						}
						return fnext
					}
					if v := val.node; v != nil {
						for _, typ := range types {
							if v.typ.id() == typ.id() {
								return tnext
							}
						}
					}
					return fnext
				}
			}
			break
		}

		// assign in switch guard
		destValue := genFreshValue(n.lastChild().child[0]) // gonotes patch: see genFreshValue
		switch len(types) {
		case 0:
			// default clause: assign var to interface value
			n.exec = func(f *frame) bltn {
				destValue(f).Set(srcValue(f))
				return tnext
			}
		case 1:
			// match against 1 type: assign var to concrete value
			typ := types[0]
			if ifaces[0] { // gonotes patch: an interface case type
				var wrap func(*frame) reflect.Value
				if rt := typ.TypeOf(); isInterfaceBin(typ) && rt != nil && rt.Kind() == reflect.Interface && rt.NumMethod() > 0 {
					wrap = genInterfaceWrapper(srcNode, rt)
				}
				c0 := &cases[0]
				n.exec = func(f *frame) bltn {
					v := srcValue(f)
					dyn, dtyp, wvi := n.interp.switchDynWrapped(v) // gonotes patch: rtiface.go
					if !switchImplements(dyn, dtyp, c0) {
						return fnext
					}
					if wvi != nil { // gonotes patch: an interpreted value in a wrapper (rtiface.go)
						setSwitchInterface(n.interp, destValue(f), reflect.ValueOf(*wvi), dyn, dtyp, typ, func() reflect.Value { return wrapDynValue(f, *wvi, typ.TypeOf()) })
						return tnext
					}
					setSwitchInterface(n.interp, destValue(f), v, dyn, dtyp, typ, func() reflect.Value { return wrap(f) })
					return tnext
				}
				break
			}
			n.exec = func(f *frame) bltn {
				src := srcValue(f)
				// gonotes patch (s12-wrap): a value of a predeclared type
				// (int, string, float64, bool...) against a case of a plain
				// type: matched by type identity, without the checks below
				// (which compare the types' strings). namedDyn,
				// wrappedDynAny and emptyIfaceDyn leave such a value as it
				// is (they convert values of notebook types and wrappers).
				if pt := plain[0]; pt != nil && !stricts[0] && src.Kind() == reflect.Interface && !src.IsNil() {
					e := src.Elem()
					if et := e.Type(); et.Name() != "" && et.PkgPath() == "" {
						if et == pt {
							destValue(f).Set(e)
							return tnext
						}
						return fnext
					}
				}
				v := n.interp.namedDyn(src)         // gonotes patch: rtname.go
				v = n.interp.wrappedDynAny(v)       // gonotes patch: rtiface.go
				if vi, ok := emptyIfaceDyn(v); ok { // gonotes patch: the interpreted type is known (dyntype.go)
					v = reflect.ValueOf(vi)
				}
				if !v.IsValid() {
					// match zero value against nil
					if typ.cat == nilT {
						return tnext
					}
					return fnext
				}
				if t := v.Type(); t.Kind() == reflect.Interface && !isValueInterface(v.Elem()) { // gonotes patch: see below
					if typ.cat == nilT && v.IsNil() {
						return tnext
					}
					rtyp := typ.TypeOf()
					if rtyp == nil || stricts[0] && !(v.Elem().IsValid() && (sn.interp.crossedAs(v.Elem().Type(), typ) || rawFuncOf(v.Elem().Type(), typ, rtyp))) { // gonotes patch: see dynTypeStrict; (s14-typeident) rawFuncOf
						if inner := wrappedInner(v); n.interp.matchWrapped(v, inner, typ) { // gonotes patch: an interpreted value in a wrapper (an error)
							destValue(f).Set(valueInterfaceValue(inner))
							return tnext
						}
						return fnext
					}
					elem := v.Elem()
					if rtyp.String() == t.String() && implementsInterface(v, typ) {
						destValue(f).Set(elem)
						return tnext
					}
					ival := v.Interface()
					if ival != nil && rtyp.String() == reflect.TypeOf(ival).String() {
						destValue(f).Set(elem)
						return tnext
					}
					if (typ.cat == valueT || typ.cat == errorT) && rtyp.Kind() == reflect.Interface && elem.IsValid() && elem.Type().Implements(rtyp) { // gonotes patch: errorT
						destValue(f).Set(elem)
						return tnext
					}
					if elem.IsValid() && binImplements(elem.Type(), typ) { // gonotes patch
						if d := destValue(f); d.Type() == valueInterfaceType {
							d.Set(reflect.ValueOf(valueInterface{sn.child[1].lastChild().child[0], elem}))
						} else {
							d.Set(elem)
						}
						return tnext
					}
					if inner := wrappedInner(v); n.interp.matchWrapped(v, inner, typ) { // gonotes patch
						destValue(f).Set(valueInterfaceValue(inner))
						return tnext
					}
					return fnext
				}
				if vi, ok := v.Interface().(valueInterface); ok {
					if vi.node != nil {
						if vi.node.typ.id() == typ.id() {
							destValue(f).Set(vi.value)
							return tnext
						}
					}
					return fnext
				}
				if v.Type() == typ.TypeOf() {
					destValue(f).Set(v)
					return tnext
				}
				return fnext
			}

		default:
			n.exec = func(f *frame) bltn {
				src := srcValue(f)
				val := n.interp.namedDyn(src) // gonotes patch: rtname.go
				if ifaceMatch(val) {          // gonotes patch
					setSwitchMulti(destValue(f), val, src)
					return tnext
				}
				if vi, ok := emptyIfaceDyn(val); ok { // gonotes patch: the interpreted type is known (dyntype.go)
					for _, typ := range types {
						if vi.node.typ.id() == typ.id() {
							setSwitchMulti(destValue(f), val, src)
							return tnext
						}
					}
					return fnext
				}
				if vi, ok := n.interp.wrappedVI(val); ok { // gonotes patch: an interpreted value in a wrapper (rtiface.go)
					for _, typ := range types {
						if vi.node.typ.id() == typ.id() {
							setSwitchMulti(destValue(f), val, src)
							return tnext
						}
					}
				}
				if t := val.Type(); t.Kind() == reflect.Interface && !isValueInterface(val.Elem()) { // gonotes patch: see below
					for i, typ := range types {
						if ifaces[i] { // gonotes patch: matched above
							continue
						}
						if typ.cat == nilT && val.IsNil() {
							return tnext
						}
						rtyp := typ.TypeOf()
						if rtyp == nil || stricts[i] && !(val.Elem().IsValid() && (sn.interp.crossedAs(val.Elem().Type(), typ) || rawFuncOf(val.Elem().Type(), typ, rtyp))) { // gonotes patch: see dynTypeStrict; (s14-typeident) rawFuncOf
							if n.interp.matchWrapped(val, wrappedInner(val), typ) { // gonotes patch: an interpreted value in a wrapper (an error)
								setSwitchMulti(destValue(f), val, src)
								return tnext
							}
							continue
						}
						elem := val.Elem()
						if rtyp.String() == t.String() && implementsInterface(val, typ) {
							destValue(f).Set(elem)
							return tnext
						}
						ival := val.Interface()
						if ival != nil && rtyp.String() == reflect.TypeOf(ival).String() {
							destValue(f).Set(elem)
							return tnext
						}
						if (typ.cat == valueT || typ.cat == errorT) && rtyp.Kind() == reflect.Interface && elem.IsValid() && elem.Type().Implements(rtyp) { // gonotes patch: errorT
							destValue(f).Set(elem)
							return tnext
						}
						if elem.IsValid() && binImplements(elem.Type(), typ) { // gonotes patch
							setSwitchMulti(destValue(f), val, src)
							return tnext
						}
						if n.interp.matchWrapped(val, wrappedInner(val), typ) { // gonotes patch
							setSwitchMulti(destValue(f), val, src)
							return tnext
						}
					}
					return fnext
				}
				if vi, ok := val.Interface().(valueInterface); ok {
					if v := vi.node; v != nil {
						for _, typ := range types {
							if v.typ.id() == typ.id() {
								setSwitchMulti(destValue(f), val, src)
								return tnext
							}
						}
					}
					return fnext
				}
				vt := val.Type()
				for _, typ := range types {
					if vt == typ.TypeOf() {
						setSwitchMulti(destValue(f), val, src)
						return tnext
					}
				}
				return fnext
			}
		}

	case len(n.child) <= 1: // default clause
		n.exec = func(f *frame) bltn { return tnext }

	default:
		fnext := getExec(n.fnext)
		eq := caseEqual(n) // gonotes patch: caseEqual
		count := len(n.child) - 1
		n.exec = func(f *frame) bltn {
			for i := 0; i < count; i++ {
				if eq(f, i) {
					return tnext
				}
			}
			return fnext
		}
	}
}

// caseEqual returns a function reporting whether the tag of the switch of
// the case clause n equals the clause's i-th expression (both evaluated).
// gonotes patch: taken out of _case for chainCaseExprs.
func caseEqual(n *node) func(f *frame, i int) bool {
	l := len(n.anc.anc.child)
	value := genValue(n.anc.anc.child[l-2])
	values := make([]func(*frame) reflect.Value, len(n.child)-1)
	for i := range values {
		values[i] = genValue(n.child[i])
	}
	// gonotes patch: a tag or a case of an interface type is compared
	// with its dynamic type (dyntype.go).
	if tag := n.anc.anc.child[l-2]; tag.typ != nil && isInterface(tag.typ) || anyInterface(n.child[:len(values)]) {
		k0 := staticDynKey(tag.typ) // gonotes patch (s17-fuzz17): staticDynKey
		keys := make([]string, len(values))
		for i := range keys {
			keys[i] = staticDynKey(n.child[i].typ) // gonotes patch (s17-fuzz17)
		}
		return func(f *frame, i int) bool {
			return ifaceEqual(value(f), k0, values[i](f), keys[i])
		}
	}
	// gonotes patch (s14-public9a): a tag of a struct or array type
	// holding interface values is compared as == compares them (dynEqual),
	// not as the interpreter's wrappers it holds.
	holds := false
	if tag := n.anc.anc.child[l-2]; tag.typ != nil && holdsIface(tag.typ, 0) {
		holds = true
	}
	// gonotes patch (s11-fixb): case nil of a switch on a slice, map,
	// func, pointer or channel tests the tag against nil (the nil case's
	// value is no value of the tag's type: the tag never matched).
	nils := make([]bool, len(values))
	for i := range nils {
		nils[i] = n.child[i].typ != nil && n.child[i].typ.cat == nilT
	}
	return func(f *frame, i int) bool {
		v0 := value(f)
		if nils[i] {
			switch v0.Kind() {
			case reflect.Slice, reflect.Map, reflect.Func, reflect.Pointer, reflect.Chan, reflect.Interface, reflect.UnsafePointer:
				return v0.IsNil()
			}
			return !v0.IsValid()
		}
		v1 := values[i](f)
		if holds && v0.IsValid() && v1.IsValid() && v0.Type() == v1.Type() {
			return dynEqual(v0, v1, 0) // gonotes patch (s14-public9a), see holds
		}
		switch t0, t1 := v0.Type(), v1.Type(); {
		case t0 == t1:
		case t1.AssignableTo(t0):
			// gonotes patch: compared as values of one type (a chan and a
			// receive-only chan of it were never equal as anys).
			v1 = v1.Convert(t0)
		default:
			v0 = v0.Convert(t1)
		}
		return v0.Interface() == v1.Interface()
	}
}

func implementsInterface(v reflect.Value, t *itype) bool {
	rt := v.Type()
	if t.cat == valueT {
		return rt.Implements(t.rtype)
	}
	vt := &itype{cat: valueT, rtype: rt}
	if vt.methods().contains(t.methods()) {
		return true
	}
	vi, ok := v.Interface().(valueInterface)
	if !ok {
		return false
	}
	return vi.node != nil && vi.node.typ.methods().contains(t.methods())
}

func appendSlice(n *node) {
	dest := genValueOutput(n, n.typ.rtype)
	next := getExec(n.tnext)
	value := genValue(n.child[1])
	value0 := genValue(n.child[2])

	if isString(n.child[2].typ.TypeOf()) {
		typ := reflect.TypeOf([]byte{})
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.AppendSlice(value(f), value0(f).Convert(typ)))
			return next
		}
	} else {
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.AppendSlice(value(f), value0(f)))
			return next
		}
	}
}

func _append(n *node) {
	if len(n.child) == 3 {
		c1, c2 := n.child[1], n.child[2]
		// gonotes patch: only append(s, t...) spreads t; without the
		// ellipsis t is one element, even a slice of the slice's own type
		// (append(l, l[0]) of a type L []L) or a []any appended to a []any.
		if n.action == aCallSlice && ((c1.typ.cat == valueT || c2.typ.cat == valueT) && c1.typ.rtype == c2.typ.rtype ||
			isArray(c2.typ) && c2.typ.elem().id() == n.typ.elem().id() ||
			isByteArray(c1.typ.TypeOf()) && isString(c2.typ.TypeOf())) {
			appendSlice(n)
			return
		}
	}

	dest := genValueOutput(n, n.typ.rtype)
	value := genValue(n.child[1])
	next := getExec(n.tnext)

	// gonotes patch (s19-public19): append(s, nil...) appends nothing (it
	// appended one zero element: the nil was taken for an element).
	nilSpread := n.action == aCallSlice && len(n.child) == 3 && n.child[2].typ != nil && n.child[2].typ.cat == nilT

	switch l := len(n.child); {
	case l == 2 || nilSpread: // gonotes patch (s19-public19): nilSpread
		n.exec = func(f *frame) bltn {
			dest(f).Set(value(f))
			return next
		}
	case l > 3:
		args := n.child[2:]
		l := len(args)
		values := make([]func(*frame) reflect.Value, l)
		for i, arg := range args {
			switch elem := n.typ.elem(); {
			case dynIfaceValue(elem, arg): // gonotes patch: the empty interface keeps the value's type (dyntype.go)
				values[i] = genDynValue(arg)
			case isInterfaceSrc(elem) && (!isEmptyInterface(elem) || len(arg.typ.method) > 0):
				values[i] = genValueInterface(arg)
			case isInterfaceBin(elem):
				values[i] = genInterfaceWrapper(arg, elem.rtype)
			case arg.typ.untyped:
				values[i] = genValueAs(arg, n.child[1].typ.TypeOf().Elem())
			case isNamedFuncSrc(arg.typ): // gonotes patch: a declared func appended with others is a func value, as a single one is
				values[i] = genFunctionWrapper(arg)
			default:
				values[i] = genValue(arg)
			}
		}

		// gonotes patch: an element read through an index, a selector or a
		// pointer may be in the slice's array, which the append overwrites
		// (append(s[:4], '5', s[4])): such values are copied first.
		alias := make([]bool, l)
		for i, arg := range args {
			switch arg.kind {
			case indexExpr, selectorExpr, starExpr:
				alias[i] = true
			}
		}
		sb := n.stackBuf // gonotes patch (s17-misc17): stackbuf.go
		n.exec = func(f *frame) bltn {
			sl := make([]reflect.Value, l)
			for i, v := range values {
				sl[i] = v(f)
				if alias[i] && sl[i].CanAddr() {
					c := reflect.New(sl[i].Type()).Elem()
					c.Set(sl[i])
					sl[i] = c
				}
			}
			dest(f).Set(reflect.Append(sb.slice(f, value(f), l), sl...))
			return next
		}
	default:
		var value0 func(*frame) reflect.Value
		switch elem := n.typ.elem(); {
		case dynIfaceValue(elem, n.child[2]): // gonotes patch: the empty interface keeps the value's type (dyntype.go)
			value0 = genDynValue(n.child[2])
		case isInterfaceSrc(elem) && (!isEmptyInterface(elem) || len(n.child[2].typ.method) > 0):
			value0 = genValueInterface(n.child[2])
		case isInterfaceBin(elem):
			value0 = genInterfaceWrapper(n.child[2], elem.rtype)
		case n.child[2].typ.untyped:
			value0 = genValueAs(n.child[2], n.child[1].typ.TypeOf().Elem())
		case isNamedFuncSrc(n.child[2].typ): // gonotes patch: a declared func appended is a func value
			value0 = genFunctionWrapper(n.child[2])
		default:
			value0 = genValue(n.child[2])
		}

		if sb := n.stackBuf; sb != nil { // gonotes patch (s17-misc17): stackbuf.go
			fa := fastAppend1(n.typ.TypeOf()) // gonotes patch (s18-misc18): the fast append when the buffer is not taken
			n.exec = func(f *frame) bltn {
				d, s, e := dest(f), value(f), value0(f)
				s2, taken := sb.take(f, s, 1)
				if taken || fa == nil || !fa(d, s2, e) {
					d.Set(reflect.Append(s2, e))
				}
				return next
			}
			return
		}
		if fa := fastAppend1(n.typ.TypeOf()); fa != nil { // gonotes patch (s9-speed)
			n.exec = func(f *frame) bltn {
				d, s, e := dest(f), value(f), value0(f)
				if !fa(d, s, e) {
					d.Set(reflect.Append(s, e))
				}
				return next
			}
			return
		}
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.Append(value(f), value0(f)))
			return next
		}
	}
}

// fastAppend1 returns, for t a slice type of unnamed ints, strings,
// float64s or bytes, a function that does d = append(s, e) with Go's
// append, and reports false, having done nothing, if the values are not
// settable or addressable of that type (the caller uses reflect.Append,
// which allocates a slice header at every call). gonotes patch (s9-speed).
func fastAppend1(t reflect.Type) func(d, s, e reflect.Value) bool {
	if t == nil || t.Kind() != reflect.Slice || t.Name() != "" || t.Elem().Name() != t.Elem().Kind().String() || t.Elem().PkgPath() != "" {
		return nil
	}
	ok := func(d, s, e reflect.Value, k reflect.Kind) bool {
		return d.CanSet() && s.CanAddr() && d.Type() == t && s.Type() == t && e.Kind() == k
	}
	switch t.Elem().Kind() {
	case reflect.Int:
		return func(d, s, e reflect.Value) bool {
			if !ok(d, s, e, reflect.Int) {
				return false
			}
			*(*[]int)(d.Addr().UnsafePointer()) = append(*(*[]int)(s.Addr().UnsafePointer()), int(e.Int()))
			return true
		}
	case reflect.String:
		return func(d, s, e reflect.Value) bool {
			if !ok(d, s, e, reflect.String) {
				return false
			}
			*(*[]string)(d.Addr().UnsafePointer()) = append(*(*[]string)(s.Addr().UnsafePointer()), e.String())
			return true
		}
	case reflect.Float64:
		return func(d, s, e reflect.Value) bool {
			if !ok(d, s, e, reflect.Float64) {
				return false
			}
			*(*[]float64)(d.Addr().UnsafePointer()) = append(*(*[]float64)(s.Addr().UnsafePointer()), e.Float())
			return true
		}
	case reflect.Uint8:
		return func(d, s, e reflect.Value) bool {
			if !ok(d, s, e, reflect.Uint8) {
				return false
			}
			*(*[]byte)(d.Addr().UnsafePointer()) = append(*(*[]byte)(s.Addr().UnsafePointer()), byte(e.Uint()))
			return true
		}
	}
	return nil
}

func _cap(n *node) {
	dest := genValueOutput(n, reflect.TypeOf(int(0)))
	value := genValue(n.child[1])
	next := getExec(n.tnext)

	if wantEmptyInterface(n) {
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.ValueOf(value(f).Cap()))
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		dest(f).SetInt(int64(value(f).Cap()))
		return next
	}
}

// builtinArgs returns the arguments of the builtin call n: its children
// after the builtin's name, or for a single call of an interpreted func of
// several results (copy(f(a)), delete(h(m))), nodes standing for those
// results in the call's frame slots. gonotes patch (s11-fixa): the
// builtins read a second argument which was not there ("index out of
// range [2] with length 2").
func builtinArgs(n *node) []*node {
	if len(n.child) == 2 && isCall(n.child[1]) {
		c := n.child[1]
		if ft := c.child[0].typ; ft != nil && ft.cat == funcT && len(ft.ret) > 1 && c.findex >= 0 {
			args := make([]*node, len(ft.ret))
			for i, t := range ft.ret {
				args[i] = &node{kind: identExpr, typ: t, interp: n.interp, scope: n.scope, anc: n, findex: c.findex + i, level: c.level}
			}
			return args
		}
	}
	return n.child[1:]
}

func _copy(n *node) {
	args := builtinArgs(n) // gonotes patch (s11-fixa)
	in := []func(*frame) reflect.Value{genValueArray(args[0]), genValue(args[1])}
	out := []func(*frame) reflect.Value{genValueOutput(n, reflect.TypeOf(0))}

	genBuiltinDeferWrapper(n, in, out, func(args []reflect.Value) []reflect.Value {
		cnt := reflect.Copy(args[0], args[1])
		return []reflect.Value{reflect.ValueOf(cnt)}
	})
}

func _close(n *node) {
	in := []func(*frame) reflect.Value{genValue(n.child[1])}

	genBuiltinDeferWrapper(n, in, nil, func(args []reflect.Value) []reflect.Value {
		args[0].Close()
		return nil
	})
}

func _complex(n *node) {
	dest := genValueOutput(n, reflect.TypeOf(complex(0, 0)))
	c1, c2 := n.child[1], n.child[2]
	convertLiteralValue(c1, floatType)
	convertLiteralValue(c2, floatType)
	value0 := genValue(c1)
	value1 := genValue(c2)
	next := getExec(n.tnext)

	typ := n.typ.TypeOf()
	if isComplex(typ) {
		if wantEmptyInterface(n) {
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.ValueOf(complex(value0(f).Float(), value1(f).Float())))
				return next
			}
			return
		}
		n.exec = func(f *frame) bltn {
			dest(f).SetComplex(complex(value0(f).Float(), value1(f).Float()))
			return next
		}
		return
	}
	// Not a complex type: ignore imaginary part
	n.exec = func(f *frame) bltn {
		dest(f).Set(value0(f).Convert(typ))
		return next
	}
}

func _imag(n *node) {
	dest := genValueOutput(n, reflect.TypeOf(float64(0)))
	convertLiteralValue(n.child[1], complexType)
	value := genValue(n.child[1])
	next := getExec(n.tnext)

	if wantEmptyInterface(n) {
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.ValueOf(imag(value(f).Complex())))
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		dest(f).SetFloat(imag(value(f).Complex()))
		return next
	}
}

func _real(n *node) {
	dest := genValueOutput(n, reflect.TypeOf(float64(0)))
	convertLiteralValue(n.child[1], complexType)
	value := genValue(n.child[1])
	next := getExec(n.tnext)

	if wantEmptyInterface(n) {
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.ValueOf(real(value(f).Complex())))
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		dest(f).SetFloat(real(value(f).Complex()))
		return next
	}
}

func _delete(n *node) {
	args := builtinArgs(n)                    // gonotes patch (s11-fixa)
	value0 := genValue(args[0])               // map
	value1 := genMapKey(args[1], args[0].typ) // key; gonotes patch
	in := []func(*frame) reflect.Value{value0, value1}
	var z reflect.Value

	genBuiltinDeferWrapper(n, in, nil, func(args []reflect.Value) []reflect.Value {
		args[0].SetMapIndex(args[1], z)
		return nil
	})
}

func capConst(n *node) {
	// There is no Cap() method for reflect.Type, just return Len() instead.
	lenConst(n)
}

func lenConst(n *node) {
	n.rval = reflect.New(reflect.TypeOf(int(0))).Elem()
	c1 := n.child[1]
	if c1.rval.IsValid() {
		n.rval.SetInt(int64(len(vString(c1.rval))))
		return
	}
	t := c1.typ.TypeOf()
	for t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	n.rval.SetInt(int64(t.Len()))
}

func _len(n *node) {
	dest := genValueOutput(n, reflect.TypeOf(int(0)))
	value := genValue(n.child[1])
	if t := n.child[1].typ.TypeOf(); t != nil && t.Kind() == reflect.Ptr && t.Elem().Kind() == reflect.Array {
		// gonotes patch: the length of a pointer to array is its type's,
		// also for a nil pointer (its argument, a call or a receive, was
		// evaluated).
		val, zero := value, reflect.Zero(t.Elem())
		value = func(f *frame) reflect.Value {
			val(f)
			return zero
		}
	} else if isPtr(n.child[1].typ) {
		val := value
		value = func(f *frame) reflect.Value {
			v := val(f).Elem()
			for v.Kind() == reflect.Ptr {
				v = v.Elem()
			}
			return v
		}
	}
	next := getExec(n.tnext)

	if wantEmptyInterface(n) {
		n.exec = func(f *frame) bltn {
			dest(f).Set(reflect.ValueOf(value(f).Len()))
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		dest(f).SetInt(int64(value(f).Len()))
		return next
	}
}

func _new(n *node) {
	next := getExec(n.tnext)
	t1 := n.child[1].typ
	typ := t1.TypeOf()
	dest := genValueOutput(n, reflect.PtrTo(typ))

	if isInterfaceSrc(t1) && (!isEmptyInterface(t1) || len(t1.method) > 0) {
		typ = zeroInterfaceValue().Type()
	}

	n.exec = func(f *frame) bltn {
		v := reflect.New(typ)
		if vi, ok := v.Interface().(*valueInterface); ok {
			vi.node = n
		}
		dest(f).Set(v)
		return next
	}
}

// _newValue is new(expr) (Go 1.26): a pointer to a new variable holding
// the value of expr. gonotes patch.
func _newValue(n *node) {
	next := getExec(n.tnext)
	t1 := n.typ.val // the type of the new variable
	typ := t1.TypeOf()
	dest := genValueOutput(n, reflect.PtrTo(typ))
	value := genDestValue(t1, n.child[1])

	n.exec = func(f *frame) bltn {
		v := reflect.New(typ)
		v.Elem().Set(value(f))
		dest(f).Set(v)
		return next
	}
}

// _make allocates and initializes a slice, a map or a chan.
func _make(n *node) {
	next := getExec(n.tnext)
	typ := n.child[1].typ.frameType()
	dest := genValueOutput(n, typ)

	switch typ.Kind() {
	case reflect.Array, reflect.Slice:
		value := genValue(n.child[2])

		switch len(n.child) {
		case 3:
			n.exec = func(f *frame) bltn {
				length := int(vInt(value(f)))
				checkMakeSlice(typ.Elem().Size(), length, length) // gonotes patch (s10-goroot)
				dest(f).Set(reflect.MakeSlice(typ, length, length))
				return next
			}
		case 4:
			value1 := genValue(n.child[3])
			n.exec = func(f *frame) bltn {
				length, capacity := int(vInt(value(f))), int(vInt(value1(f)))
				checkMakeSlice(typ.Elem().Size(), length, capacity) // gonotes patch (s10-goroot)
				dest(f).Set(reflect.MakeSlice(typ, length, capacity))
				return next
			}
		}

	case reflect.Chan:
		// gonotes patch: make(chan<- T) and make(<-chan T) are valid Go, but
		// reflect.MakeChan panics on a directional type: make the channel
		// bidirectional and convert it (a bidirectional channel converts to a
		// directional type of the same element type).
		mk := func(size int) reflect.Value { return reflect.MakeChan(typ, size) }
		if typ.ChanDir() != reflect.BothDir {
			both := reflect.ChanOf(reflect.BothDir, typ.Elem())
			mk = func(size int) reflect.Value { return reflect.MakeChan(both, size).Convert(typ) }
		}
		switch len(n.child) {
		case 2:
			n.exec = func(f *frame) bltn {
				dest(f).Set(mk(0)) // gonotes patch
				return next
			}
		case 3:
			value := genValue(n.child[2])
			n.exec = func(f *frame) bltn {
				size := int(vInt(value(f)))
				checkMakeChan(typ.Elem().Size(), size) // gonotes patch (s10-goroot)
				dest(f).Set(mk(size))                  // gonotes patch
				return next
			}
		}

	case reflect.Map:
		switch len(n.child) {
		case 2:
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.MakeMap(typ))
				return next
			}
		case 3:
			value := genValue(n.child[2])
			n.exec = func(f *frame) bltn {
				dest(f).Set(reflect.MakeMapWithSize(typ, int(vInt(value(f)))))
				return next
			}
		}
	}
}

func reset(n *node) {
	next := getExec(n.tnext)

	switch l := len(n.child) - 1; l {
	case 1:
		typ := n.child[0].typ.frameType()
		i := n.child[0].findex
		n.exec = func(f *frame) bltn {
			f.data[i] = reflect.New(typ).Elem()
			return next
		}
	case 2:
		c0, c1 := n.child[0], n.child[1]
		i0, i1 := c0.findex, c1.findex
		t0, t1 := c0.typ.frameType(), c1.typ.frameType()
		n.exec = func(f *frame) bltn {
			f.data[i0] = reflect.New(t0).Elem()
			f.data[i1] = reflect.New(t1).Elem()
			return next
		}
	default:
		types := make([]reflect.Type, l)
		index := make([]int, l)
		for i, c := range n.child[:l] {
			index[i] = c.findex
			types[i] = c.typ.frameType()
		}
		n.exec = func(f *frame) bltn {
			for i, ind := range index {
				f.data[ind] = reflect.New(types[i]).Elem()
			}
			return next
		}
	}
}

// recv reads from a channel.
func recv(n *node) {
	value := genValue(n.child[0])
	tnext := getExec(n.tnext)
	i := n.findex
	l := n.level

	if n.interp.cancelChan {
		// Cancellable channel read
		if n.fnext != nil {
			fnext := getExec(n.fnext)
			n.exec = func(f *frame) bltn {
				// Fast: channel read doesn't block
				ch := value(f)
				if r, ok := ch.TryRecv(); ok {
					getFrame(f, l).data[i] = r
					if r.Bool() {
						return tnext
					}
					return fnext
				}
				// Slow: channel read blocks, allow cancel
				f.mutex.RLock()
				done := f.loadCtl().done // gonotes patch: see runCtl
				f.mutex.RUnlock()

				chosen, v, _ := reflect.Select([]reflect.SelectCase{done, {Dir: reflect.SelectRecv, Chan: ch}})
				if chosen == 0 {
					return nil
				}
				if v.Bool() {
					return tnext
				}
				return fnext
			}
		} else {
			n.exec = func(f *frame) bltn {
				// Fast: channel read doesn't block
				ch := value(f)
				if r, ok := ch.TryRecv(); ok {
					storeRecv(&getFrame(f, l).data[i], r) // gonotes patch
					return tnext
				}
				// Slow: channel is blocked, allow cancel
				f.mutex.RLock()
				done := f.loadCtl().done // gonotes patch: see runCtl
				f.mutex.RUnlock()

				chosen, r, _ := reflect.Select([]reflect.SelectCase{done, {Dir: reflect.SelectRecv, Chan: ch}})
				if chosen == 0 {
					return nil
				}
				storeRecv(&getFrame(f, l).data[i], r) // gonotes patch
				return tnext
			}
		}
	} else {
		// Blocking channel read (less overhead)
		if n.fnext != nil {
			fnext := getExec(n.fnext)
			n.exec = func(f *frame) bltn {
				if r, _ := value(f).Recv(); r.Bool() {
					getFrame(f, l).data[i] = r
					return tnext
				}
				return fnext
			}
		} else {
			i := n.findex
			n.exec = func(f *frame) bltn {
				r, _ := value(f).Recv()
				storeRecv(&getFrame(f, l).data[i], r) // gonotes patch
				return tnext
			}
		}
	}
}

// storeRecv stores a received value r in the frame slot d. The slot may be
// the destination variable of an assignment or the result of a function (the
// receive is compiled to write there directly): it is then set in place, so
// that it stays addressable (a return Sets it, pointers to the variable see
// the new value). Otherwise (a temporary, not yet allocated) it is replaced.
// gonotes patch: the slot was always replaced by the unaddressable r, and
// "return <-ch" panicked with "reflect.Value.Set using unaddressable value".
func storeRecv(d *reflect.Value, r reflect.Value) {
	if d.CanSet() && r.Type().AssignableTo(d.Type()) {
		d.Set(r)
		return
	}
	*d = r
}

func recv2(n *node) {
	vchan := genValue(n.child[0])    // chan
	vres := genValue(n.anc.child[0]) // result
	vok := genValue(n.anc.child[1])  // status
	tnext := getExec(n.tnext)
	// gonotes patch (s11-refl): the value and the status are converted to
	// their places as assign converts them (an interface: recvConv), and a
	// blank place is not set.
	conv := recvConv(n.anc.child[0], chanElement(n.child[0].typ))
	setRes := func(f *frame, v reflect.Value) {
		if conv != nil {
			v = conv(v)
		}
		vres(f).Set(v)
	}
	if isBlank(n.anc.child[0]) {
		setRes = func(*frame, reflect.Value) {}
	}
	setOK := func(f *frame, ok bool) { setOKValue(vok(f), ok) }
	if isBlank(n.anc.child[1]) {
		setOK = func(*frame, bool) {}
	}

	if n.interp.cancelChan {
		// Cancellable channel read
		n.exec = func(f *frame) bltn {
			ch := vchan(f)
			//  Fast: channel read doesn't block
			if v, ok := ch.TryRecv(); ok {
				setRes(f, v)
				setOK(f, true)
				return tnext
			}
			// Slow: channel is blocked, allow cancel
			f.mutex.RLock()
			done := f.loadCtl().done // gonotes patch: see runCtl
			f.mutex.RUnlock()

			chosen, v, ok := reflect.Select([]reflect.SelectCase{done, {Dir: reflect.SelectRecv, Chan: ch}})
			if chosen == 0 {
				return nil
			}
			setRes(f, v)
			setOK(f, ok)
			return tnext
		}
	} else {
		// Blocking channel read (less overhead)
		n.exec = func(f *frame) bltn {
			v, ok := vchan(f).Recv()
			setRes(f, v)
			setOK(f, ok)
			return tnext
		}
	}
	renewDefined(n, n.anc, 2) // gonotes patch
}

func convertLiteralValue(n *node, t reflect.Type) {
	switch {
	case n.typ.cat == nilT:
		// Create a zero value of target type.
		n.rval = reflect.New(t).Elem()
	case !(n.kind == basicLit || n.rval.IsValid()) || t == nil || t.Kind() == reflect.Interface || t == valueInterfaceType || t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Interface:
		// Skip non-constant values, undefined target type or interface target type.
	case isBinPkgVar(n):
		// gonotes patch (s10-goroot): a variable of a compiled package
		// (runtime.MemProfileRate), read when the code runs: converting
		// it here read its value at compile time.
	case n.rval.IsValid():
		// Convert constant value to target type.
		convertConstantValue(n)
		if isComplex(t) && isNumber(n.rval.Type()) && !isComplex(n.rval.Type()) {
			// gonotes patch (s20-harvest20): an untyped integer or float
			// constant sent on a channel of complex numbers (ch <- -1):
			// reflect converts no number to a complex one.
			n.rval = reflect.ValueOf(vComplex(n.rval))
		}
		n.rval = n.rval.Convert(t)
	default:
		// Create a zero value of target type.
		n.rval = reflect.New(t).Elem()
	}
}

func convertConstantValue(n *node) {
	if !n.rval.IsValid() {
		return
	}
	c, ok := n.rval.Interface().(constant.Value)
	if !ok {
		return
	}

	var v reflect.Value

	switch c.Kind() {
	case constant.Bool:
		v = reflect.ValueOf(constant.BoolVal(c))
	case constant.String:
		v = reflect.ValueOf(constant.StringVal(c))
	case constant.Int:
		if t := n.typ.TypeOf(); t != nil && (isFloat(t) || isComplex(t)) {
			// gonotes patch: an integer constant of a float type may not
			// fit an int64 (const Y float64 = 1 << 80).
			f, _ := constFloat64Val(c)
			if isComplex(t) {
				v = reflect.ValueOf(complex(f, 0))
			} else {
				v = reflect.ValueOf(f)
			}
			break
		}
		i, x := constant.Int64Val(c)
		if !x {
			// gonotes patch (s10-goroot): an untyped constant above
			// math.MaxInt64 given to a uint64 (var u uint64 = 1 << 63): its
			// conversion to the destination's type follows.
			if u, ok := constant.Uint64Val(c); ok {
				v = reflect.ValueOf(u)
				break
			}
			panic(n.cfgErrorf("constant %s overflows int64", c.ExactString()))
		}
		v = reflect.ValueOf(int(i))
	case constant.Float:
		if t := n.typ.TypeOf(); t != nil && (isInt(t) || isUint(t)) {
			// gonotes patch: a float constant of an integer type (case
			// 1e16: of a uint64 switch) is an integer, exactly; through a
			// float64 it was rounded above 1<<53.
			if ic := constant.ToInt(c); ic.Kind() == constant.Int {
				if i, ok := constant.Int64Val(ic); ok {
					v = reflect.ValueOf(i)
					break
				}
				if u, ok := constant.Uint64Val(ic); ok {
					v = reflect.ValueOf(u)
					break
				}
			}
		}
		f, _ := constFloat64Val(c)
		v = reflect.ValueOf(f)
	case constant.Complex:
		r, _ := constFloat64Val(constant.Real(c))
		i, _ := constFloat64Val(constant.Imag(c))
		v = reflect.ValueOf(complex(r, i))
	}

	n.rval = v.Convert(n.typ.TypeOf())
}

// Write to a channel.
func send(n *node) {
	next := getExec(n.tnext)
	c0, c1 := n.child[0], n.child[1]
	value0 := genValue(c0) // Send channel.
	value1 := genDestValue(c0.typ.val, c1)

	if !n.interp.cancelChan {
		// Send is non-cancellable, has the least overhead.
		n.exec = func(f *frame) bltn {
			value0(f).Send(value1(f))
			return next
		}
		return
	}

	// Send is cancellable, may have some overhead.
	n.exec = func(f *frame) bltn {
		ch, data := value0(f), value1(f)
		// Fast: send on channel doesn't block.
		if ok := ch.TrySend(data); ok {
			return next
		}
		// Slow: send on channel blocks, allow cancel.
		f.mutex.RLock()
		done := f.loadCtl().done // gonotes patch: see runCtl
		f.mutex.RUnlock()

		chosen, _, _ := reflect.Select([]reflect.SelectCase{done, {Dir: reflect.SelectSend, Chan: ch, Send: data}})
		if chosen == 0 {
			return nil
		}
		return next
	}
}

func clauseChanDir(n *node) (*node, *node, *node, reflect.SelectDir) {
	dir := reflect.SelectDefault
	var nod, assigned, ok *node
	var stop bool

	n.Walk(func(m *node) bool {
		switch m.action {
		case aRecv:
			dir = reflect.SelectRecv
			nod = m.child[0]
			switch m.anc.action {
			case aAssign:
				assigned = m.anc.child[0]
			case aAssignX:
				assigned = m.anc.child[0]
				ok = m.anc.child[1]
			}
			stop = true
		case aSend:
			dir = reflect.SelectSend
			nod = m.child[0]
			assigned = m.child[1]
			stop = true
		}
		return !stop
	}, nil)
	return nod, assigned, ok, dir
}

func _select(n *node) {
	nbClause := len(n.child)
	chans := make([]*node, nbClause)
	assigned := make([]*node, nbClause)
	ok := make([]*node, nbClause)
	clause := make([]bltn, nbClause)
	chanValues := make([]func(*frame) reflect.Value, nbClause)
	assignedValues := make([]func(*frame) reflect.Value, nbClause)
	okValues := make([]func(*frame) reflect.Value, nbClause)
	recvConvs := make([]func(reflect.Value) reflect.Value, nbClause) // gonotes patch (s11-refl)
	cases := make([]reflect.SelectCase, nbClause+1)
	next := getExec(n.tnext)

	for i := 0; i < nbClause; i++ {
		cl := n.child[i]
		if cl.kind == commClauseDefault {
			cases[i].Dir = reflect.SelectDefault
			if len(cl.child) == 0 {
				clause[i] = func(*frame) bltn { return next }
			} else {
				clause[i] = getExec(cl.child[0].start)
			}
			continue
		}
		// The comm clause is in send or recv direction.
		// gonotes patch: a clause with an empty body is handled as one with
		// a body, so that an assignment (case v = <-ch:, case v, ok = <-ch:)
		// gets its direction and assigned values too (it had no direction:
		// reflect.Select panicked with "invalid Dir").
		c0 := cl.child[0]
		if len(cl.child) > 1 {
			// The comm clause contains a channel operation and a clause body.
			clause[i] = getExec(cl.child[1].start)
		} else {
			clause[i] = func(*frame) bltn { return next }
		}
		chans[i], assigned[i], ok[i], cases[i].Dir = clauseChanDir(c0)
		// gonotes patch: the copies of the operands read in their turn
		// (snapshotSelectOperands).
		if cp := chans[i].selectCopy; cp != nil {
			chans[i] = cp
		}
		if cases[i].Dir == reflect.SelectSend && assigned[i] != nil && assigned[i].selectCopy != nil {
			assigned[i] = assigned[i].selectCopy
		}
		chanValues[i] = genValue(chans[i])
		define := c0.kind == defineStmt || c0.kind == defineXStmt // gonotes patch: see genFreshValue
		if et := chanElement(chans[i].typ); cases[i].Dir == reflect.SelectSend && et != nil {
			assignedValues[i] = genDestValue(et, assigned[i]) // gonotes patch: converted to the element type, as send does
		} else if assigned[i] != nil && define {
			assignedValues[i] = genFreshValue(assigned[i])
		} else if assigned[i] != nil && !isBlank(assigned[i]) { // gonotes patch (s11-refl): case _, ok = <-c assigns ok only
			assignedValues[i] = genValue(assigned[i])
			recvConvs[i] = recvConv(assigned[i], et)
		}
		if ok[i] != nil && define {
			okValues[i] = genFreshValue(ok[i])
		} else if ok[i] != nil && !isBlank(ok[i]) {
			okValues[i] = genValue(ok[i])
		}
	}

	tmpl := cases // gonotes patch: the directions of the cases
	n.exec = func(f *frame) bltn {
		// gonotes patch: each execution has its own cases. They were
		// shared by every goroutine running the statement: one goroutine
		// could select on the channels (and send the values) of another.
		cases := make([]reflect.SelectCase, len(tmpl))
		copy(cases, tmpl)
		cases[nbClause] = f.loadCtl().done // gonotes patch: see runCtl

		for i := range cases[:nbClause] {
			switch cases[i].Dir {
			case reflect.SelectRecv:
				cases[i].Chan = chanValues[i](f)
			case reflect.SelectSend:
				cases[i].Chan = chanValues[i](f)
				cases[i].Send = assignedValues[i](f)
			case reflect.SelectDefault:
				// Keep zero values for comm clause
			}
		}
		j, v, s := reflect.Select(cases)
		if j == nbClause {
			return nil
		}
		if cases[j].Dir == reflect.SelectRecv { // gonotes patch (s11-refl): see recvConv
			if assignedValues[j] != nil {
				if c := recvConvs[j]; c != nil {
					v = c(v)
				}
				assignedValues[j](f).Set(v)
			}
			if okValues[j] != nil {
				setOKValue(okValues[j](f), s)
			}
		}
		return clause[j]
	}
}

// setOKValue sets the place of a receive's status (`v, ok = <-c`): a
// bool, a defined boolean type, or an interface (gonotes patch (s11-refl):
// SetBool panicked on a variable of type any).
func setOKValue(d reflect.Value, ok bool) {
	if d.Kind() == reflect.Bool {
		d.SetBool(ok)
		return
	}
	d.Set(reflect.ValueOf(ok).Convert(d.Type()))
}

// recvConv returns the conversion of a value received from a channel of
// element type et to the place dest of a select's `case dest = <-c` (as
// assign converts it), or nil if the value is stored as itself. gonotes
// patch (s11-refl): the value was set as itself, so a variable of an
// interface type of the interpreter (a valueInterface) could not be set
// ("reflect.Set: value of type S is not assignable to type
// interp.valueInterface"), and one of an empty interface held a value of
// a defined type without its type (dyntype.go).
func recvConv(dest *node, et *itype) func(reflect.Value) reflect.Value {
	if dest.typ == nil || et == nil || !isInterfaceSrc(dest.typ) || isInterfaceSrc(et) || isInterface(et) {
		return nil
	}
	if isEmptyInterface(dest.typ) && !dynTypeNeeded(et) && len(et.method) == 0 {
		return nil
	}
	stub := &node{kind: identExpr, typ: et, interp: dest.interp}
	return func(v reflect.Value) reflect.Value {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		return reflect.ValueOf(valueInterface{stub, c})
	}
}

// slice expression: array[low:high:max].
func slice(n *node) {
	i := n.findex
	l := n.level
	next := getExec(n.tnext)
	value0 := genValueArray(n.child[0]) // array
	value1 := genValue(n.child[1])      // low (if 2 or 3 args) or high (if 1 arg)
	uns := unsignedBounds(n.child[1:])  // gonotes patch (s12-goroot): boundsu.go

	switch len(n.child) {
	case 2:
		n.exec = func(f *frame) bltn {
			a := value0(f)
			lo, hi := int(vInt(value1(f))), a.Len()
			if uns != 0 {
				checkSliceU(a, lo, hi, -1, false, uns)
			}
			checkSlice(a, lo, hi, -1) // gonotes patch
			getFrame(f, l).data[i] = sliceValue(a, lo, hi)
			return next
		}
	case 3:
		value2 := genValue(n.child[2]) // max

		n.exec = func(f *frame) bltn {
			a := value0(f)
			lo, hi := int(vInt(value1(f))), int(vInt(value2(f)))
			if uns != 0 {
				checkSliceU(a, lo, hi, -1, false, uns)
			}
			checkSlice(a, lo, hi, -1) // gonotes patch
			getFrame(f, l).data[i] = sliceValue(a, lo, hi)
			return next
		}
	case 4:
		value2 := genValue(n.child[2])
		value3 := genValue(n.child[3])

		n.exec = func(f *frame) bltn {
			a := value0(f)
			lo, hi, max := int(vInt(value1(f))), int(vInt(value2(f))), int(vInt(value3(f)))
			if uns != 0 {
				checkSliceU(a, lo, hi, max, true, uns)
			}
			checkSlice3(a, lo, hi, max) // gonotes patch
			getFrame(f, l).data[i] = a.Slice3(lo, hi, max)
			return next
		}
	}
}

// sliceValue returns a[lo:hi]. An empty substring of a string keeps the
// string's data pointer, as Go's slicing does (reflect.Value.Slice of a
// string gives an empty result a nil one: x[5:] of "hello", seen through
// unsafe.StringData). gonotes patch (s13-goroot9).
func sliceValue(a reflect.Value, lo, hi int) reflect.Value {
	if lo == hi && a.Kind() == reflect.String {
		r := reflect.New(a.Type()).Elem()
		r.SetString(a.String()[lo:hi])
		return r
	}
	return a.Slice(lo, hi)
}

// slice expression, no low value: array[:high:max].
func slice0(n *node) {
	i := n.findex
	l := n.level
	next := getExec(n.tnext)
	value0 := genValueArray(n.child[0])

	switch len(n.child) {
	case 1:
		n.exec = func(f *frame) bltn {
			a := value0(f)
			getFrame(f, l).data[i] = a.Slice(0, a.Len())
			return next
		}
	case 2:
		value1 := genValue(n.child[1])
		uns := unsignedBounds([]*node{nil, n.child[1]}) // gonotes patch (s12-goroot): boundsu.go
		n.exec = func(f *frame) bltn {
			a := value0(f)
			hi := int(vInt(value1(f)))
			if uns != 0 {
				checkSliceU(a, 0, hi, -1, false, uns)
			}
			checkSlice(a, 0, hi, -1) // gonotes patch
			getFrame(f, l).data[i] = sliceValue(a, 0, hi)
			return next
		}
	case 3:
		value1 := genValue(n.child[1])
		value2 := genValue(n.child[2])
		uns := unsignedBounds([]*node{nil, n.child[1], n.child[2]}) // gonotes patch (s12-goroot): boundsu.go
		n.exec = func(f *frame) bltn {
			a := value0(f)
			hi, max := int(vInt(value1(f))), int(vInt(value2(f)))
			if uns != 0 {
				checkSliceU(a, 0, hi, max, true, uns)
			}
			checkSlice3(a, 0, hi, max) // gonotes patch
			getFrame(f, l).data[i] = a.Slice3(0, hi, max)
			return next
		}
	}
}

func isNilChild(child int) func(n *node) {
	return func(n *node) {
		var value func(*frame) reflect.Value
		child := n.child[child]
		value = genValue(child)
		typ := n.typ.concrete().TypeOf()
		isInterface := n.typ.TypeOf().Kind() == reflect.Interface
		tnext := getExec(n.tnext)
		dest := genValue(n)
		if n.fnext == nil {
			if !isInterfaceSrc(child.typ) {
				if isInterface {
					n.exec = func(f *frame) bltn {
						dest(f).Set(reflect.ValueOf(value(f).IsNil()).Convert(typ))
						return tnext
					}
					return
				}
				n.exec = func(f *frame) bltn {
					dest(f).SetBool(value(f).IsNil())
					return tnext
				}
				return
			}
			if isInterface {
				n.exec = func(f *frame) bltn {
					v := value(f)
					var r bool
					if vi, ok := v.Interface().(valueInterface); ok {
						r = (vi == valueInterface{} || vi.node.kind == basicLit && vi.node.typ.cat == nilT)
					} else {
						r = v.IsNil()
					}
					dest(f).Set(reflect.ValueOf(r).Convert(typ))
					return tnext
				}
				return
			}
			n.exec = func(f *frame) bltn {
				v := value(f)
				var r bool
				if vi, ok := v.Interface().(valueInterface); ok {
					r = (vi == valueInterface{} || vi.node.kind == basicLit && vi.node.typ.cat == nilT)
				} else {
					r = v.IsNil()
				}
				dest(f).SetBool(r)
				return tnext
			}
			return
		}

		fnext := getExec(n.fnext)

		if !isInterfaceSrc(child.typ) {
			n.exec = func(f *frame) bltn {
				if value(f).IsNil() {
					dest(f).SetBool(true)
					return tnext
				}
				dest(f).SetBool(false)
				return fnext
			}
			return
		}

		n.exec = func(f *frame) bltn {
			v := value(f)
			if vi, ok := v.Interface().(valueInterface); ok {
				if (vi == valueInterface{} || vi.node.kind == basicLit && vi.node.typ.cat == nilT) {
					dest(f).SetBool(true)
					return tnext
				}
				dest(f).SetBool(false)
				return fnext
			}
			if v.IsNil() {
				dest(f).SetBool(true)
				return tnext
			}
			dest(f).SetBool(false)
			return fnext
		}
	}
}

func isNotNil(n *node) {
	var value func(*frame) reflect.Value
	c0 := n.child[0]
	value = genValue(c0)
	typ := n.typ.concrete().TypeOf()
	isInterface := n.typ.TypeOf().Kind() == reflect.Interface
	tnext := getExec(n.tnext)
	dest := genValue(n)

	if n.fnext == nil {
		if isInterfaceSrc(c0.typ) && c0.typ.TypeOf() != valueInterfaceType {
			if isInterface {
				n.exec = func(f *frame) bltn {
					dest(f).Set(reflect.ValueOf(!value(f).IsNil()).Convert(typ))
					return tnext
				}
				return
			}
			n.exec = func(f *frame) bltn {
				dest(f).SetBool(!value(f).IsNil())
				return tnext
			}
			return
		}

		if isInterface {
			n.exec = func(f *frame) bltn {
				v := value(f)
				var r bool
				if vi, ok := v.Interface().(valueInterface); ok {
					r = (vi == valueInterface{} || vi.node.kind == basicLit && vi.node.typ.cat == nilT)
				} else {
					r = v.IsNil()
				}
				dest(f).Set(reflect.ValueOf(!r).Convert(typ))
				return tnext
			}
			return
		}
		n.exec = func(f *frame) bltn {
			v := value(f)
			var r bool
			if vi, ok := v.Interface().(valueInterface); ok {
				r = (vi == valueInterface{} || vi.node.kind == basicLit && vi.node.typ.cat == nilT)
			} else {
				r = v.IsNil()
			}
			dest(f).SetBool(!r)
			return tnext
		}
		return
	}

	fnext := getExec(n.fnext)

	if isInterfaceSrc(c0.typ) && c0.typ.TypeOf() != valueInterfaceType {
		n.exec = func(f *frame) bltn {
			if value(f).IsNil() {
				dest(f).SetBool(false)
				return fnext
			}
			dest(f).SetBool(true)
			return tnext
		}
		return
	}

	n.exec = func(f *frame) bltn {
		v := value(f)
		if vi, ok := v.Interface().(valueInterface); ok {
			if (vi == valueInterface{} || vi.node.kind == basicLit && vi.node.typ.cat == nilT) {
				dest(f).SetBool(false)
				return fnext
			}
			dest(f).SetBool(true)
			return tnext
		}
		if v.IsNil() {
			dest(f).SetBool(false)
			return fnext
		}
		dest(f).SetBool(true)
		return tnext
	}
}

func complexConst(n *node) {
	if v0, v1 := n.child[1].rval, n.child[2].rval; v0.IsValid() && v1.IsValid() {
		n.rval = reflect.ValueOf(complex(vFloat(v0), vFloat(v1)))
		// gonotes patch: an untyped result is exact (a constant.Value, as
		// 1i is): complex(1e300, 0) * 1e10 / 1e10 was +Inf.
		if c0, c1 := vConstantValue(v0), vConstantValue(v1); n.typ != nil && n.typ.untyped && c0 != nil && c1 != nil {
			if c0, c1 = constant.ToFloat(c0), constant.ToFloat(c1); c0.Kind() == constant.Float && c1.Kind() == constant.Float {
				n.rval = reflect.ValueOf(constant.BinaryOp(c0, token.ADD, constant.MakeImag(c1)))
			}
		}
		n.gen = nop
	}
}

func imagConst(n *node) {
	if v := n.child[1].rval; v.IsValid() {
		n.rval = constPart(n, imag(constComplex(v))) // gonotes patch: constComplex, constPart
		n.gen = nop
	}
}

func realConst(n *node) {
	if v := n.child[1].rval; v.IsValid() {
		n.rval = constPart(n, real(constComplex(v))) // gonotes patch: constComplex, constPart
		n.gen = nop
	}
}

// constPart returns the real or imaginary part f of a complex constant as
// a value of the type of n (float32 for a complex64). gonotes patch.
func constPart(n *node, f float64) reflect.Value {
	if n.typ != nil && !n.typ.untyped {
		if t := n.typ.TypeOf(); t != nil && t.Kind() == reflect.Float32 {
			return reflect.ValueOf(f).Convert(t)
		}
	}
	return reflect.ValueOf(f)
}

// constComplex returns the value of complex constant v, typed or a
// constant.Value (const Y complex128 = 1 << 80 keeps one: real(Y)
// panicked in reflect.Value.Complex). gonotes patch.
func constComplex(v reflect.Value) complex128 {
	if c, ok := v.Interface().(constant.Value); ok {
		c = constant.ToComplex(c)
		r, _ := constFloat64Val(constant.Real(c))
		i, _ := constFloat64Val(constant.Imag(c))
		return complex(r, i)
	}
	return v.Complex()
}

// promotedRecv returns the receiver, of type rt, of a method promoted from
// an embedded field of v, path being the indexes of the fields from v's
// type to the method's receiver: the argument of a method expression T.M
// is a T, the method's receiver the embedded field (gonotes patch,
// s11-gen: the T was given as the receiver).
func promotedRecv(v reflect.Value, path []int, rt reflect.Type) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() == reflect.Ptr && v.IsNil() {
		nilDereference()
	}
	r := recvField(v, path)
	switch {
	case r.Kind() == reflect.Ptr && rt.Kind() != reflect.Ptr:
		if r.IsNil() {
			nilDereference()
		}
		r = r.Elem()
	case r.Kind() != reflect.Ptr && rt.Kind() == reflect.Ptr && r.CanAddr():
		r = r.Addr()
	}
	return r
}

// isValueRecvMethodExprOfPtr reports whether n is a method expression
// (*T).M whose method M has a value receiver. gonotes patch.
func isValueRecvMethodExprOfPtr(n *node) bool {
	if n.kind != selectorExpr || n.typ == nil || len(n.typ.arg) == 0 || n.typ.arg[0].cat != ptrT {
		return false
	}
	m, ok := n.val.(*node)
	if !ok || m.kind != funcDecl || len(m.child) == 0 || len(m.child[0].child) == 0 || !n.child[0].isType(n.scope) {
		return false
	}
	rt := m.child[0].child[0].lastChild().typ
	return rt != nil && rt.cat != ptrT
}

// callResultTypes returns the types of the results of the call n, or nil.
// gonotes patch.
func callResultTypes(n *node) []*itype {
	if len(n.child) == 0 || n.child[0].typ == nil {
		return nil
	}
	t := n.child[0].typ
	if t.cat == funcT {
		return t.ret
	}
	if rt := t.TypeOf(); rt != nil && rt.Kind() == reflect.Func {
		out := make([]*itype, rt.NumOut())
		for i := range out {
			out[i] = valueTOf(rt.Out(i))
		}
		return out
	}
	return nil
}

// rawFuncOf reports whether a func held as itself by an empty interface,
// of reflect type ctyp, is a value of typ, an unnamed func type of reflect
// type rtype: a declared func or a method expression (T.M) stored in an
// any is its func value, not a valueInterface, though its signature names
// a type of the notebook (func(T, int) int). An unnamed func type is its
// signature, unless a parameter or result is of a type whose reflect type
// is another type's (dynTypeStrict: func(Level) Level with type Level int
// has the reflect type of func(int) int): a struct or pointer type's is
// taken as its own, as dynTypeStrict does. gonotes patch (s14-typeident):
// any(plain).(func(T, int) int) was false.
func rawFuncOf(ctyp reflect.Type, typ *itype, rtype reflect.Type) bool {
	if typ == nil || typ.cat != funcT || typ.name != "" || ctyp != rtype {
		return false
	}
	for _, l := range [][]*itype{typ.arg, typ.ret} {
		for _, a := range l {
			if a == nil || dynTypeStrict(a) || a.cat == funcT {
				return false
			}
		}
	}
	return true
}
