package interp

// gonotes patch: fast calls of compiled functions and methods.

import (
	"reflect"
	"sort"
	"sync/atomic"
)

// A FastCall calls one compiled function or method without
// reflect.Value.Call, whose per-call cost (frame layout lookup, argument
// copying) dominates short calls such as Lock.Acquire. For a method, in[0]
// is the receiver and the arguments follow. It reports false, before calling
// anything, when an argument does not have the exact type it expects; the
// interpreter then falls back to reflect.Value.Call. It may return its
// results in in's own slice: the caller consumes them at once.
type FastCall func(in []reflect.Value) ([]reflect.Value, bool)

// FastCalls are the fast callers an interpreter may use (see UseFast).
type FastCalls struct {
	// Funcs holds the callers of package-level functions, indexed by the
	// code pointer of the function (reflect.Value.Pointer).
	Funcs map[uintptr]FastCall
	// Methods holds the callers of methods, indexed by the receiver type
	// whose method set holds the method, then by method name.
	Methods map[reflect.Type]map[string]FastCall
}

// UseFast adds fast callers for binary functions and methods. Calls
// compiled after UseFast use them.
func (interp *Interpreter) UseFast(fc FastCalls) {
	interp.mutex.Lock()
	defer interp.mutex.Unlock()
	if interp.fast.Funcs == nil {
		interp.fast.Funcs = map[uintptr]FastCall{}
	}
	if interp.fast.Methods == nil {
		interp.fast.Methods = map[reflect.Type]map[string]FastCall{}
	}
	for k, v := range fc.Funcs {
		interp.fast.Funcs[k] = v
	}
	for t, ms := range fc.Methods {
		m := interp.fast.Methods[t]
		if m == nil {
			m = map[string]FastCall{}
			interp.fast.Methods[t] = m
		}
		for name, v := range ms {
			m[name] = v
		}
	}
}

// binMethodSel records how a selector of a binary method finds its
// receiver, for fastCallOf.
type binMethodSel struct {
	typ  reflect.Type // receiver type (method set holding the method)
	mode int8         // binRecvValue, binRecvAddr or binRecvElem
	lazy bool         // the call makes the method value, only if it needs it
}

const (
	binRecvValue = iota + 1 // the selected value is the receiver
	binRecvAddr             // its address is
	binRecvElem             // the value it points to is
)

// fastCallOf returns the fast caller of the callee c0 of a binary call and,
// for a method, a generator of its receiver; nil if there is none.
func fastCallOf(c0 *node) (FastCall, func(*frame) reflect.Value) {
	interp := c0.interp
	if interp == nil {
		return nil, nil
	}
	interp.mutex.RLock()
	defer interp.mutex.RUnlock()
	if sel := c0.binMethod; sel != nil && c0.action == aGetMethod && len(c0.child) == 2 {
		fc := interp.fast.Methods[sel.typ][c0.child[1].ident]
		if fc == nil {
			return nil, nil
		}
		v := genValue(c0.child[0])
		switch sel.mode {
		case binRecvAddr:
			return fc, func(f *frame) reflect.Value { return v(f).Addr() }
		case binRecvElem:
			return fc, func(f *frame) reflect.Value { return v(f).Elem() }
		default:
			return fc, v
		}
	}
	if c0.rval.IsValid() && c0.rval.Kind() == reflect.Func && !c0.rval.IsNil() {
		return interp.fast.Funcs[c0.rval.Pointer()], nil
	}
	return nil, nil
}

// FastArg returns v as a T for a FastCall, and false if v does not hold
// exactly a T (or a nil interface for an interface T) or cannot be used.
func FastArg[T any](v reflect.Value) (T, bool) {
	var zero T
	if !v.IsValid() || !v.CanInterface() {
		return zero, false
	}
	if v.Kind() == reflect.Interface && v.IsNil() {
		return zero, reflect.TypeFor[T]().Kind() == reflect.Interface
	}
	t, ok := v.Interface().(T)
	return t, ok
}

// FastIface returns x as a reflect.Value of the interface type T, as
// reflect.Value.Call returns an interface result.
func FastIface[T any](x T) reflect.Value {
	return reflect.ValueOf(&x).Elem()
}

// fastArgs returns a slice of n values for the arguments of a fast call.
// A function's frame is used by one goroutine at a time and a call
// consumes its results before the next call starts, so the frame keeps one
// slice for all its calls. The global frame does not: a goroutine abandoned
// by a hard stop may still be inside a call that uses it.
func (f *frame) fastArgs(n int) []reflect.Value {
	if f.root == f || f.anc == nil {
		return make([]reflect.Value, n)
	}
	if cap(f.fastIn) < n {
		f.fastIn = make([]reflect.Value, n, n+2)
	}
	return f.fastIn[:n]
}

var (
	funcVoidType    = reflect.TypeFor[func()]()
	funcAnyType     = reflect.TypeFor[func(any)]()
	funcRetAnyType  = reflect.TypeFor[func() any]()
	funcAnyAnyType  = reflect.TypeFor[func(any) any]()
	funcRetBoolType = reflect.TypeFor[func() bool]()
)

// makeFunc is reflect.MakeFunc(t, body), but for the signatures that
// closures passed to the library have most (a thread's target, a task
// submitted to a pool) it makes a plain Go closure: no makeFuncImpl is
// allocated and a call does not go through reflect's callReflect, which
// costs about a microsecond per call.
func makeFunc(t reflect.Type, body func([]reflect.Value) []reflect.Value) reflect.Value {
	switch t {
	case funcVoidType:
		return reflect.ValueOf(func() { body(nil) })
	case funcAnyType:
		return reflect.ValueOf(func(a any) { body([]reflect.Value{reflect.ValueOf(&a).Elem()}) })
	case funcRetAnyType:
		return reflect.ValueOf(func() any { return body(nil)[0].Interface() })
	case funcAnyAnyType:
		return reflect.ValueOf(func(a any) any { return body([]reflect.Value{reflect.ValueOf(&a).Elem()})[0].Interface() })
	case funcRetBoolType:
		return reflect.ValueOf(func() bool { return body(nil)[0].Bool() })
	}
	return reflect.MakeFunc(t, body)
}

// capturesFrame reports whether the body of the func literal n uses a
// variable of the frame the closure is created in (a node one frame up
// from the function it runs in). Only then does the closure need getFunc's
// copy of that frame, which keeps the variables of the iteration that
// created it; a closure that uses none (func() {}, or one that reads only
// globals or variables further out, reached through the same ancestors)
// can run on the frame itself and saves the copy.
func capturesFrame(n *node) bool { return len(capturedSlots(n)) > 0 }

// capturedSlots returns the slots of the frame a func literal is created in
// that its body (nested literals included) uses, in increasing order.
func capturedSlots(n *node) []int {
	seen := map[int]bool{}
	visited := map[*node]bool{} // a generic instance's nodes may be reached twice
	var walk func(m *node, depth int)
	walk = func(m *node, depth int) {
		if m == nil || visited[m] {
			return
		}
		visited[m] = true
		if m.level-depth == 1 {
			seen[m.findex] = true
		}
		if m.kind == funcLit {
			depth++
		}
		for _, c := range m.child {
			walk(c, depth)
		}
	}
	for _, c := range n.child {
		walk(c, 0)
	}
	slots := make([]int, 0, len(seen))
	for i := range seen {
		slots = append(slots, i)
	}
	sort.Ints(slots)
	return slots
}

// refersUp reports whether the body of the func literal n refers to the
// frame of the function up levels above it, or further (a node of level up
// or more, counted from the frame of the literal it belongs to). gonotes
// patch (s9-genstd).
func refersUp(n *node, up int) bool {
	visited := map[*node]bool{}
	var walk func(m *node, depth int) bool
	walk = func(m *node, depth int) bool {
		if m == nil || visited[m] {
			return false
		}
		visited[m] = true
		if m.level-depth >= up && !notFrameValue(m) {
			return true
		}
		if m.kind == funcLit {
			depth++
		}
		for _, c := range m.child {
			if walk(c, depth) {
				return true
			}
		}
		return false
	}
	for _, c := range n.child {
		if walk(c, 0) {
			return true
		}
	}
	return false
}

// hasRecover reports whether the body of the function n (a func literal or
// declaration) calls recover itself (not in a nested func literal): only
// then does a call of it need the frame its value was made in, the one
// whose panic it recovers (see _recover). gonotes patch (s9-genstd).
func hasRecover(n *node) bool {
	if v := atomic.LoadUint32(&n.recovers); v != 0 {
		return v == 2
	}
	found := false
	visited := map[*node]bool{} // a generic instance's nodes may be reached twice
	var walk func(m *node)
	walk = func(m *node) {
		if m == nil || found || visited[m] {
			return
		}
		visited[m] = true
		if m.kind == callExpr && len(m.child) > 0 && m.child[0].kind == identExpr && m.child[0].ident == "recover" {
			found = true
			return
		}
		for _, c := range m.child {
			if c.kind != funcLit {
				walk(c)
			}
		}
	}
	for _, c := range n.child {
		walk(c)
	}
	// Kept: a declared function's value is made at each evaluation of
	// its name.
	if found {
		atomic.StoreUint32(&n.recovers, 2)
	} else {
		atomic.StoreUint32(&n.recovers, 1)
	}
	return found
}

// notFrameValue reports whether the identifier m names something that no
// frame holds (a type, a package, a constant...), whatever its level.
// gonotes patch (s9-genstd).
func notFrameValue(m *node) bool {
	if m.kind != identExpr || m.scope == nil {
		return false
	}
	if m.sym != nil {
		return m.sym.kind != varSym
	}
	sym, _, ok := m.scope.lookup(m.ident)
	return ok && sym.kind != varSym
}

// detached returns a frame with f's globals, run and run id, and none of
// its variables, nor its ancestors: the frame that the calls of a function
// value descend from, when its body uses no variable of an enclosing frame
// and does not recover (see getFunc and genFunctionWrapper). A function
// value that compiled code keeps (a cleanup, a finalizer, a callback, a
// weak map's entry) keeps the variables of the function that made it
// reachable otherwise, as Go does not. gonotes patch (s9-genstd).
func (f *frame) detached() *frame {
	nf := &frame{root: f.root, id: f.runid()}
	nf.storeCtl(f.loadCtl())
	return nf
}

// loosen drops, from the copy f of a frame made for a closure (see
// cloneSlots), the frame it was copied from unless keepOrig (the closure
// recovers a panic of that frame), and its ancestors unless keepAnc (the
// closure uses their variables): see detached. gonotes patch (s9-genstd).
func (f *frame) loosen(keepOrig, keepAnc bool) *frame {
	if !keepOrig {
		f.orig = nil
	}
	if !keepAnc {
		f.anc = nil
	}
	return f
}

// cloneSlots is clone for a closure: the copy holds only the given slots of
// f (the ones the closure uses), the others are left zero. A full copy kept
// alive everything the frame held when the closure was made, among it the
// slot of the func literal itself, so the closure made by a loop's previous
// iteration: each closure kept all the earlier ones, a chain as long as the
// loop had iterations (a notebook's global frame never ends, so memory grew
// with every goroutine started from a cell's top level).
// A node of the body that refers to that frame without a slot index (-1,
// first in slots) makes it a full copy, as before.
func (f *frame) cloneSlots(slots []int) *frame {
	if len(slots) > 0 && slots[0] < 0 {
		return f.clone()
	}
	nf := f.clone0()
	f.mutex.RLock()
	defer f.mutex.RUnlock()
	for _, i := range slots {
		if i < len(f.data) && i < len(nf.data) {
			nf.data[i] = f.data[i]
		}
	}
	return nf
}
