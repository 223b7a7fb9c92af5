package interp

// gonotes patch: direct calls of interpreted methods (see PATCHES.md,
// "Direct calls of interpreted methods").
//
// Upstream, a call x.M(args) of a method of an interpreted type first runs
// the exec of the selector x.M (getMethod), which copies the method's node
// and makes a method value with reflect.MakeFunc, then calls that value
// with reflect.Value.Call, whose callback makes the method's frame: two
// allocations of a node and a closure, and two passes through reflect, for
// every call. A call whose callee is such a selector now makes the frame
// itself, as for a declared function: the receiver goes in the method's
// first parameter slot, the arguments after it; the selector's exec does
// nothing.

import "reflect"

// getMethodPtr is the code pointer of getMethod, the generator of the
// selector execs that directMethod replaces.
var getMethodPtr uintptr

func init() { getMethodPtr = reflect.ValueOf(getMethod).Pointer() }

// methodCall is what a direct call of an interpreted method knows.
type methodCall struct {
	def          *node // the method's declaration
	recv         func(*frame) reflect.Value
	level, index int                        // the selector's slot, for the fallback
	value        func(*frame) reflect.Value // the method value, as the selector's exec makes it
}

// directCallee returns the callee expression of the call n, or nil when
// n is the call of a go or defer statement (those evaluate their callee
// and arguments apart from the call) or has no parent. gonotes patch.
func directCallee(n *node) *node {
	if n.anc == nil || len(n.child) == 0 {
		return nil
	}
	switch n.anc.kind {
	case goStmt, deferStmt:
		return nil
	}
	return n.child[0]
}

// directMethod returns how the call n calls its interpreted method
// directly, or nil: not a method of an interpreted type selected on a
// value (getMethod), a go or defer statement, a variadic method.
func directMethod(n *node) *methodCall {
	def := directMethodDef(n)
	if def == nil {
		return nil
	}
	c0 := n.child[0]
	mc := &methodCall{def: def, recv: genValueRecv(c0), level: c0.level, index: c0.findex}
	mc.value = func(f *frame) reflect.Value {
		nod := *def
		nod.val = &nod
		nod.recv = c0.recv
		return genFuncValue(&nod)(f)
	}
	c0.directCall = true
	return mc
}

// directMethodDef returns the method that the call n calls directly
// (directMethod), or nil. It changes nothing.
func directMethodDef(n *node) *node {
	c0 := directCallee(n)
	if c0 == nil {
		return nil
	}
	if c0.kind != selectorExpr || c0.action != aGetMethod || c0.recv == nil || c0.recv.node == nil ||
		fastGenPtr(c0) != getMethodPtr || variadicPos(n) >= 0 || n.action == aCallSlice || c0.typ == nil {
		return nil
	}
	def, ok := c0.val.(*node)
	if !ok || def == nil || def.kind != funcDecl || len(def.child) < 4 || def.child[3] == nil || def.typ == nil {
		return nil
	}
	if len(def.typ.arg) != len(c0.typ.arg) || len(def.typ.ret) != len(c0.typ.ret) {
		return nil
	}
	return def
}

// receiver returns the value of the receiver slot of the method's frame
// for the call from f, or an invalid value when the call must go through
// the method value (a nil pointer to a value receiver: the call panics as
// upstream).
func (mc *methodCall) receiver(f *frame) reflect.Value {
	if len(mc.def.types) <= len(mc.def.typ.ret) {
		return reflect.Value{}
	}
	src := mc.recv(f)
	// Interface only for a value that may hold a valueInterface (as
	// bindRecv): it copies a struct value, and so read a receiver such as
	// a sync.Mutex while other goroutines lock it.
	for src.IsValid() && src.CanInterface() && (src.Kind() == reflect.Interface || src.Type() == valueInterfaceType) {
		vs, ok := src.Interface().(valueInterface)
		if !ok {
			break
		}
		src = vs.value
	}
	if !src.IsValid() {
		return src
	}
	t := mc.def.types[len(mc.def.typ.ret)]
	switch sk, dk := src.Kind(), t.Kind(); {
	case sk == reflect.Ptr && dk != reflect.Ptr:
		if src.IsNil() {
			return reflect.Value{}
		}
		return src.Elem() // copied into the slot
	case sk != reflect.Ptr && dk == reflect.Ptr:
		if !src.CanAddr() {
			return reflect.Value{}
		}
		return src.Addr()
	}
	if src.Type() != t {
		return reflect.Value{}
	}
	return src
}
