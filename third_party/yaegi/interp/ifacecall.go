package interp

// gonotes patch: direct calls of interpreted methods through interpreted
// interfaces (see PATCHES.md, "s9-speed: method calls through an
// interpreted interface").
//
// A call s.M(args) with s of an interpreted interface type first ran the
// exec of the selector s.M (getMethodByName): it looked the method up by
// name (reflect's MethodByName, then the interpreted type's method table),
// copied the method's node, made a method value with reflect.MakeFunc
// (genFuncValue) and the call then went through reflect.Value.Call and
// reflect's callReflect into the closure that made the method's frame:
// about 20 allocations and several microseconds per call. A call whose
// callee is such a selector now takes the dynamic value out of the
// interface, finds the interpreted method of its type (cached per call
// site for the last type seen) and makes the method's frame itself, as
// directMethod does for a method selected on a value; the selector's exec
// does nothing. Anything else (a compiled method, a promoted method, a
// receiver of an unexpected type, a nil interface) stores the method value
// in the selector's slot as before, and the call goes through it.

import (
	"reflect"
	"sync/atomic"
	"unsafe"
)

// getMethodByNamePtr is the code pointer of getMethodByName.
var getMethodByNamePtr uintptr

func init() { getMethodByNamePtr = reflect.ValueOf(getMethodByName).Pointer() }

// ifaceCall is what a direct call of a method through an interface knows.
type ifaceCall struct {
	name  string
	iface func(*frame) reflect.Value     // the interface operand
	slow  bltn                           // the selector's exec, for the fallback
	nargs int                            // the method's number of parameters
	nret  int                            // and of results
	last  [4]atomic.Pointer[ifaceTarget] // the last dynamic types seen
	next  atomic.Uint32                  // the entry of last to replace
}

// ifaceTarget is the method of the last dynamic type seen by a call site.
type ifaceTarget struct {
	typ *itype // the dynamic type (of the valueInterface's node)
	def *node  // its method, nil if it cannot be called directly
}

// directIfaceMethod returns how the call n calls a method through an
// interpreted interface directly, or nil: not such a selector, a go or
// defer statement, a variadic call.
func directIfaceMethod(n *node) *ifaceCall {
	if !directIfaceMethodOK(n) {
		return nil
	}
	c0 := n.child[0]
	ic := &ifaceCall{
		name:  c0.child[1].ident,
		iface: genValue(c0.child[0]),
		slow:  methodByNameExec(c0, nil),
		nargs: len(c0.typ.arg),
		nret:  len(c0.typ.ret),
	}
	c0.directCall = true
	return ic
}

// directIfaceMethodOK reports whether directIfaceMethod(n) makes a direct
// call. It changes nothing (gonotes patch, s11-speed).
func directIfaceMethodOK(n *node) bool {
	c0 := directCallee(n)
	if c0 == nil {
		return false
	}
	if c0.kind != selectorExpr || len(c0.child) != 2 || fastGenPtr(c0) != getMethodByNamePtr ||
		c0.typ == nil || c0.typ.cat != funcT || variadicPos(n) >= 0 || n.action == aCallSlice {
		return false
	}
	t := c0.child[0].typ
	return t != nil && isInterfaceSrc(t)
}

// target returns the interpreted method of the dynamic type t that the
// call can run directly, or nil.
func (ic *ifaceCall) target(t *itype) *node {
	for i := range ic.last {
		if last := ic.last[i].Load(); last != nil && last.typ == t {
			return last.def
		}
	}
	m, li := t.lookupMethod(ic.name)
	if m != nil && (len(li) > 0 || m.kind != funcDecl || len(m.child) < 4 || m.child[3] == nil || m.child[3].start == nil ||
		m.typ == nil || len(m.typ.arg) != ic.nargs || len(m.typ.ret) != ic.nret || len(m.types) <= len(m.typ.ret)) {
		m = nil
	}
	ic.last[(ic.next.Add(1)-1)%uint32(len(ic.last))].Store(&ifaceTarget{typ: t, def: m})
	return m
}

// resolve returns the method to run and the value of its receiver slot
// for the call from f, or nil after storing the method value in the
// selector's slot (the call goes through it).
func (ic *ifaceCall) resolve(f *frame) (*node, reflect.Value) {
	v := ic.iface(f)
	var vi valueInterface
	switch {
	case v.Type() == valueInterfaceType && v.CanAddr():
		vi = *v.Addr().Interface().(*valueInterface)
	case v.Kind() == reflect.Interface && !v.IsNil():
		var ok bool
		if vi, ok = v.Elem().Interface().(valueInterface); !ok {
			ic.slow(f)
			return nil, reflect.Value{}
		}
	default:
		ic.slow(f)
		return nil, reflect.Value{}
	}
	// Nested interface values hold the concrete value in the innermost.
	for vi.node != nil && vi.value.IsValid() && vi.value.Type() == valueInterfaceType {
		vi = vi.value.Interface().(valueInterface)
	}
	if vi.node == nil || vi.node.typ == nil || !vi.value.IsValid() {
		ic.slow(f) // a nil interface value panics there
		return nil, reflect.Value{}
	}
	def := ic.target(vi.node.typ)
	if def == nil {
		ic.slow(f)
		return nil, reflect.Value{}
	}
	src := vi.value
	t := def.types[len(def.typ.ret)]
	switch sk, dk := src.Kind(), t.Kind(); {
	case sk == reflect.Ptr && dk != reflect.Ptr:
		if src.IsNil() {
			ic.slow(f)
			return nil, reflect.Value{}
		}
		src = src.Elem() // copied into the slot
	case sk != reflect.Ptr && dk == reflect.Ptr:
		ic.slow(f)
		return nil, reflect.Value{}
	}
	if src.Type() != t {
		ic.slow(f)
		return nil, reflect.Value{}
	}
	return def, src
}

// dynSites are the indexes in frame.kids (callSite) of a call whose
// callee is known only when it runs (a method through an interface, a
// closure): four ways, chosen by the callee, so that a loop over values of
// a few types, or calling a few closures, keeps a frame for each.
type dynSites [4]int

// site returns the index in f.kids of the frame kept for calls of def
// from f: the way that holds one, else an empty way, else the way def's
// address picks.
func (d *dynSites) site(f *frame, def *node) int {
	free := -1
	for _, i := range d {
		if i >= len(f.kids) || f.kids[i] == nil {
			if free < 0 {
				free = i
			}
			continue
		}
		if f.kids[i].def == def {
			return i
		}
	}
	if free >= 0 {
		return free
	}
	h := uint64(uintptr(unsafe.Pointer(def))) * 0x9E3779B97F4A7C15
	return d[h>>62]
}

// dynCallSites returns the sites of the call n of methods named name
// through interfaces ("" for closures). The four keys of a name are the
// same for every call of it: the calls of one function share a kept frame
// (a recursion through an interface at two call sites keeps one frame per
// level, not a tree of frames), whatever the dynamic type; kid checks the
// function. It is called while compiling.
func (interp *Interpreter) dynCallSites(n *node, name string) *dynSites {
	interp.ifaceSitesMu.Lock()
	if interp.ifaceSites == nil {
		interp.ifaceSites = map[string]*[4]*node{}
	}
	k := interp.ifaceSites[name]
	if k == nil {
		k = &[4]*node{{kind: funcDecl}, {kind: funcDecl}, {kind: funcDecl}, {kind: funcDecl}}
		interp.ifaceSites[name] = k
	}
	interp.ifaceSitesMu.Unlock()
	d := &dynSites{}
	for i, key := range k {
		d[i] = callSite(n, key)
		if d[i] < 0 {
			return nil
		}
	}
	return d
}

// recvReuse reports whether a call whose callee is def may use the frame
// its caller keeps for its call site: a declared function's call, a direct
// method call of the site's method (not the method value of its
// fallback), a direct call through an interface.
func recvReuse(mc *methodCall, ic *ifaceCall, siteDef, def *node) bool {
	switch {
	case mc != nil:
		return def == siteDef
	case ic != nil:
		return def != nil && def.kind == funcDecl
	}
	return def != nil
}
