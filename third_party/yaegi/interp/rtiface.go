// gonotes patch: this file.

package interp

import (
	"reflect"
	"sync"
	"sync/atomic"
)

// A value of an interpreted type held by a variable of a compiled interface
// type (io.Reader, fmt.Stringer, error) is the interface wrapper of that
// interface (getWrapper): a struct whose first field IValue holds the
// value, and whose other fields are the funcs of the interface's methods
// only. The interpreted type of the value is not in the wrapper, so a type
// assertion or a type switch on such an interface saw only the methods of
// the wrapper (r.(io.Closer) false for an io.Reader holding a *file with
// Close), and an any made of it held the wrapper (fmt printed its funcs).
//
// The interpreter notes, when it compiles the making of a wrapper, the
// interpreted type of the values it wraps, by their reflect type
// (noteWrappedType): the reflect type of IValue then names the interpreted
// type, unless two types with different names and one reflect type were
// wrapped (type A struct{ x int }; type B struct{ x int }), where nothing
// is known and the wrapper is used as before. A type redefined by a later
// cell (same name) replaces the earlier one.

// wrapAmbig is the entry of a reflect type of values of several interpreted
// types: pre is the type wrapped before the second one was (every wrapper
// made since is noted by itself, see noteWrapper, so a wrapper not noted is
// one of pre), unless a noted wrapper was evicted from the table.
type wrapAmbig struct {
	pre     *node
	evicted atomic.Bool
}

// noteWrappedType notes that values of the interpreted type t are put in
// interface wrappers.
func (interp *Interpreter) noteWrappedType(t *itype) {
	if interp == nil || t == nil || t.incomplete || t.untyped || isInterface(t) {
		return
	}
	switch t.cat {
	case valueT, nilT, errorT, builtinT, binPkgT, srcPkgT, genericT:
		return
	}
	rt := t.TypeOf()
	if rt == nil || rt.Kind() == reflect.Interface {
		return
	}
	interp.wrapDynMu.Lock()
	defer interp.wrapDynMu.Unlock()
	old, ok := interp.wrapDyn.Load(rt)
	if !ok {
		interp.wrapDyn.Store(rt, &node{kind: identExpr, typ: t, interp: interp})
		return
	}
	on, unique := old.(*node)
	switch {
	case !unique || on.typ == t:
	case on.typ.id() == t.id():
		interp.wrapDyn.Store(rt, &node{kind: identExpr, typ: t, interp: interp})
	default:
		interp.wrapDyn.Store(rt, &wrapAmbig{pre: on})
	}
}

// isIfaceWrapper reports whether v is an interface wrapper (a struct whose
// first field is IValue).
func isIfaceWrapper(v reflect.Value) bool {
	if v.Kind() != reflect.Struct {
		return false
	}
	t := v.Type()
	return t.NumField() > 0 && t.Field(0).Name == "IValue"
}

// wrappedVI returns the value held by the interface wrapper in v (a value
// of an interface type holding one, or the wrapper itself) as the
// valueInterface of its interpreted type, if that type is known.
func (interp *Interpreter) wrappedVI(v reflect.Value) (valueInterface, bool) {
	for v.IsValid() && v.Kind() == reflect.Interface {
		if v.IsNil() {
			return valueInterface{}, false
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return valueInterface{}, false
	}
	if !isIfaceWrapper(v) {
		// gonotes patch: a compiled interface holds a value of a type with
		// a method table as a value of its named runtime type
		// (genInterfaceWrapper, rtmethods.go).
		return namedVI(v)
	}
	iv := v.Field(0)
	if iv.Kind() != reflect.Interface || iv.IsNil() {
		return valueInterface{}, false
	}
	inner := iv.Elem()
	if inner.Type() == valueInterfaceType {
		vi := innermostVI(inner.Interface().(valueInterface))
		if vi.node == nil || vi.node.typ == nil || vi.node.typ.cat == valueT || !vi.value.IsValid() {
			return valueInterface{}, false
		}
		return vi, true
	}
	x, ok := interp.wrapDyn.Load(inner.Type())
	if !ok {
		return valueInterface{}, false
	}
	n, unique := x.(*node)
	if !unique {
		if n = wrapIDTable.lookup(v, inner.Type()); n == nil {
			if a := x.(*wrapAmbig); !a.evicted.Load() {
				n = a.pre
			} else {
				return valueInterface{}, false
			}
		}
	}
	return valueInterface{n, inner}, true
}

// Wrappers of values of a reflect type shared by several interpreted types
// (wrapDynAmbiguous) are noted one by one when they are made (noteWrapper),
// by the closure of their first method func, which is made for that
// wrapper: the wrapper's copies share it. The table keeps the last
// wrapIDsLen wrappers; an entry names the reflect type of the value, so
// that a closure allocated where a freed one was is not taken for it.
const wrapIDsLen = 4096

// wrapIDTable is the table of all interpreters (an entry's node names its
// interpreter): a comparison of interfaces (dynOperand) has none at hand.
var wrapIDTable wrapIDs

type wrapIDs struct {
	used atomic.Bool
	mu   sync.Mutex
	m    map[uintptr]wrapID
	ring [wrapIDsLen]uintptr
	seq  uint64
}

type wrapID struct {
	rt  reflect.Type
	n   *node
	seq uint64
}

// closureAddr returns the address of the closure of the func value fv, or 0.
func closureAddr(fv reflect.Value) uintptr {
	if fv.Kind() != reflect.Func || fv.IsNil() {
		return 0
	}
	return uintptr(funcWord(&fv)) // closurecall.go; 0 where its layout check failed: no wrapper is told apart
}

// noteWrapper notes the wrapper w of a value of the interpreted type of n,
// if its reflect type is that of values of several wrapped types.
func (interp *Interpreter) noteWrapper(w reflect.Value, n *node) {
	if n == nil || n.typ == nil || w.Kind() != reflect.Struct || w.NumField() < 2 {
		return
	}
	iv := w.Field(0)
	if iv.Kind() != reflect.Interface || iv.IsNil() {
		return
	}
	rt := iv.Elem().Type()
	x, ok := interp.wrapDyn.Load(rt)
	if !ok {
		return
	}
	if _, unique := x.(*node); unique {
		return
	}
	k := closureAddr(w.Field(1))
	if k == 0 {
		return
	}
	ids := &wrapIDTable
	ids.mu.Lock()
	defer ids.mu.Unlock()
	if ids.m == nil {
		ids.m = map[uintptr]wrapID{}
	}
	slot := ids.seq % wrapIDsLen
	if old := ids.ring[slot]; old != 0 {
		if e, ok := ids.m[old]; ok && e.seq == ids.seq-wrapIDsLen {
			delete(ids.m, old)
			// A wrapper not noted is no longer surely one of pre.
			if x, ok := e.n.interp.wrapDyn.Load(e.rt); ok {
				if a, ok := x.(*wrapAmbig); ok {
					a.evicted.Store(true)
				}
			}
		}
	}
	ids.ring[slot] = k
	ids.m[k] = wrapID{rt, &node{kind: identExpr, typ: n.typ, interp: interp}, ids.seq}
	ids.seq++
	ids.used.Store(true)
}

// lookup returns the node of the interpreted type of the value held by the
// wrapper v, of reflect type rt, if v was noted.
func (ids *wrapIDs) lookup(v reflect.Value, rt reflect.Type) *node {
	if !ids.used.Load() || v.NumField() < 2 {
		return nil
	}
	k := closureAddr(v.Field(1))
	if k == 0 {
		return nil
	}
	ids.mu.Lock()
	e, ok := ids.m[k]
	ids.mu.Unlock()
	if !ok || e.rt != rt {
		return nil
	}
	return e.n
}

// binIfaceToAny reports whether the value of n stored in a place of type
// dest is a value of a compiled interface type with methods given to an
// empty interface: the interpreted value held by a wrapper is kept with its
// type (genWrappedToAny).
func binIfaceToAny(dest *itype, n *node) bool {
	return dest != nil && n != nil && isEmptyInterface(dest) && isBinIfaceMethods(n.typ)
}

// isBinIfaceMethods reports whether t is a compiled interface type with
// methods.
func isBinIfaceMethods(t *itype) bool {
	if t == nil || t.cat != valueT {
		return false
	}
	rt := t.rtype
	return rt != nil && rt.Kind() == reflect.Interface && rt.NumMethod() > 0
}

// genWrappedToAny returns the value of n (see binIfaceToAny) for an empty
// interface: the valueInterface of the interpreted value held by its
// wrapper, or the value it holds.
func genWrappedToAny(n *node) func(*frame) reflect.Value {
	value := genValue(n)
	interp := n.interp
	return func(f *frame) reflect.Value {
		v := value(f)
		if !v.IsValid() || v.Kind() != reflect.Interface || v.IsNil() {
			return reflect.New(emptyInterfaceType).Elem()
		}
		e := v.Elem()
		if vi, ok := interp.wrappedVI(e); ok { // a wrapper, or a named runtime value
			return reflect.ValueOf(vi)
		}
		return e
	}
}

// implementsSrc reports whether the interpreted type t has the methods of
// the interface type typ, with their signatures.
func implementsSrc(t, typ *itype) bool {
	m0 := t.methods()
	m1 := typ.methods()
	if len(m1) == 0 || len(m0) < len(m1) {
		return len(m1) == 0
	}
	for k, meth1 := range m1 {
		meth0, ok := m0[k]
		if !ok {
			return false
		}
		if meth0 != meth1 { // gonotes patch (s14-typeident): a method set's signatures have no receiver
			return false
		}
	}
	return true
}

// binImplementsSrc reports whether the compiled type rt has the methods of
// the interpreted interface type typ, with their signatures.
func binImplementsSrc(rt reflect.Type, typ *itype) bool {
	return binHasMethodSet(rt, typ.methods())
}

// binHasMethodSet reports whether the compiled type rt has the methods of
// the set ms, with their signatures. gonotes patch (s12): binImplementsSrc
// for a method set made once (a type switch case's).
func binHasMethodSet(rt reflect.Type, ms methodSet) bool {
	if len(ms) == 0 {
		return true
	}
	for name, sig := range ms {
		m, ok := rt.MethodByName(name)
		if !ok {
			return false
		}
		mt := m.Type
		if rt.Kind() != reflect.Interface {
			in := make([]reflect.Type, 0, mt.NumIn())
			for i := 1; i < mt.NumIn(); i++ {
				in = append(in, mt.In(i))
			}
			out := make([]reflect.Type, mt.NumOut())
			for i := range out {
				out[i] = mt.Out(i)
			}
			mt = reflect.FuncOf(in, out, mt.IsVariadic())
		}
		if mt.String() != sig {
			return false
		}
	}
	return true
}

// ifaceAsTarget is the target given to errorsAs for errors.As(err, &t), t
// of an interpreted interface type: the pointer, and that type.
type ifaceAsTarget struct {
	interp *Interpreter
	ptr    reflect.Value // *valueInterface (the variable t)
	typ    *itype
	node   *node // the argument, for the As methods of errors
	// gonotes patch: for a target of a compiled interface type other than
	// error (*fmt.Stringer), its type; ptr then points to it, f is the
	// frame of the call (wrapDynValue).
	bin reflect.Type
	f   *frame
}

// errorsAsPC is the code address of errorsAs (set by init: errorsAs
// depends on the compiler, which uses errorsAsPC).
var errorsAsPC uintptr

func init() { errorsAsPC = reflect.ValueOf(errorsAs).Pointer() }

// isErrorsAs reports whether n (the func of a call) is errorsAs.
func isErrorsAs(n *node) bool {
	return n != nil && n.rval.IsValid() && n.rval.Kind() == reflect.Func && n.rval.Pointer() == errorsAsPC
}

// genErrorsAsTarget returns the target argument c of errors.As (see
// ifaceAsTarget) if it points to a variable of an interpreted interface
// type, or nil.
func genErrorsAsTarget(c *node) func(*frame) reflect.Value {
	if c.typ != nil && c.typ.cat == ptrT && c.typ.val != nil && c.typ.val.cat == valueT {
		// gonotes patch: a target of a compiled interface type
		// (*fmt.Stringer): errors.As looks at the reflect types of the
		// errors in the chain, which are wrappers for interpreted errors.
		rt := c.typ.val.rtype
		if rt == nil || rt.Kind() != reflect.Interface || rt.NumMethod() == 0 || rt == errorType {
			return nil
		}
		value := genValue(c)
		interp := c.interp
		return func(f *frame) reflect.Value {
			p := value(f)
			if !p.IsValid() || p.Kind() != reflect.Ptr || p.IsNil() || p.Type().Elem() != rt {
				return p
			}
			return reflect.ValueOf(&ifaceAsTarget{interp: interp, ptr: p, typ: c.typ.val, node: c, bin: rt, f: f})
		}
	}
	if notErrorTargetType(c.typ) {
		// gonotes patch (s12): errors.As panics, as Go's does, when
		// the target points to a type that is no interface and has no
		// Error method; the interpreted type's reflect type cannot tell.
		value := genValue(c)
		return func(f *frame) reflect.Value {
			p := value(f)
			if !p.IsValid() || p.Kind() != reflect.Ptr || p.IsNil() {
				return p
			}
			return reflect.ValueOf(notErrorTarget{})
		}
	}
	if c.typ == nil || c.typ.cat != ptrT || c.typ.val == nil || !isInterfaceSrc(c.typ.val) || isEmptyInterface(c.typ.val) {
		return nil
	}
	value := genValue(c)
	typ := c.typ.val
	interp := c.interp
	return func(f *frame) reflect.Value {
		p := value(f)
		if !p.IsValid() || p.Kind() != reflect.Ptr || p.IsNil() || p.Type().Elem() != valueInterfaceType {
			return p
		}
		return reflect.ValueOf(&ifaceAsTarget{interp: interp, ptr: p, typ: typ, node: c})
	}
}

// notErrorTarget is the target given to errorsAs for errors.As(err, &t),
// t of a type that is no interface and has no Error method: errors.As
// panics. gonotes patch (s12).
type notErrorTarget struct{}

// notErrorTargetType reports whether pt, the type of the target of
// errors.As, points to a type of the interpreter that is no interface and
// does not implement error (gonotes patch, s12).
func notErrorTargetType(pt *itype) bool {
	if pt == nil || pt.cat != ptrT || pt.val == nil {
		return false
	}
	t := pt.val
	switch t.cat {
	case valueT, errorT, genericT, nilT, interfaceT:
		return false
	}
	if isInterface(t) || t.incomplete {
		return false
	}
	if rt := t.TypeOf(); rt == nil || rt.Kind() == reflect.Interface {
		return false
	}
	_, ok := t.methods()["Error"]
	return !ok
}

// ifaceAs is errors.As for a target of an interpreted interface type: the
// first error in the chain whose dynamic type has the interface's methods
// (an interpreted error held by a wrapper: its interpreted type; a compiled
// error: its reflect type), or whose As method accepts the target.
func ifaceAs(err error, t *ifaceAsTarget) bool {
	for err != nil {
		ev := reflect.ValueOf(err)
		if t.bin != nil { // gonotes patch: a compiled interface target
			if binIfaceAs(ev, t) {
				return true
			}
		} else if vi, ok := t.interp.wrappedVI(ev); ok {
			if implementsSrc(vi.node.typ, t.typ) {
				t.ptr.Elem().Set(reflect.ValueOf(vi))
				return true
			}
		} else if !isIfaceWrapper(ev) && binImplementsSrc(ev.Type(), t.typ) {
			t.ptr.Elem().Set(reflect.ValueOf(valueInterface{&node{kind: identExpr, typ: valueTOf(ev.Type()), interp: t.interp}, ev}))
			return true
		}
		if x, ok := err.(interface{ As(interface{}) bool }); ok && x.As(t.ptr.Interface()) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && ifaceAs(e, t) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// wrappedDynAny returns v, a value of an interface type, as an empty
// interface holding the valueInterface of the interpreted value it holds if
// it holds an interface wrapper of a known interpreted type, or v.
func (interp *Interpreter) wrappedDynAny(v reflect.Value) reflect.Value {
	if !v.IsValid() || v.Kind() != reflect.Interface || v.IsNil() || !isIfaceWrapper(v.Elem()) {
		return v
	}
	vi, ok := interp.wrappedVI(v)
	if !ok {
		return v
	}
	r := reflect.New(emptyInterfaceType).Elem()
	r.Set(reflect.ValueOf(vi))
	return r
}

// switchDynWrapped is switchDyn, and for an interpreted value in a wrapper
// of a known type, that value and type, and its valueInterface.
func (interp *Interpreter) switchDynWrapped(v reflect.Value) (reflect.Value, *itype, *valueInterface) {
	dyn, dtyp := switchDyn(v)
	if dtyp != nil || !dyn.IsValid() {
		return dyn, dtyp, nil
	}
	// gonotes patch: a value of a named runtime type (held by a compiled
	// interface: genInterfaceWrapper) is one of its interpreted type too.
	vi, ok := interp.wrappedVI(dyn)
	if !ok {
		return dyn, dtyp, nil
	}
	return vi.value, vi.node.typ, &vi
}

// wrapDynValue returns the interpreted value vi in the wrapper of the
// compiled interface rt, with the methods of its type (interpreted, or
// promoted from an embedded compiled field).
func wrapDynValue(f *frame, vi valueInterface, rt reflect.Type) reflect.Value {
	n := vi.node
	if n.interp.namedForIface(n.typ, rt) != nil { // gonotes patch: see genInterfaceWrapper
		return n.interp.toNamed(n.typ, vi.value)
	}
	if w := wrapValue(f, n, vi.value, rt); w.IsValid() {
		return w // noted by wrapValue
	}
	wrap := getWrapper(n, rt)
	if wrap == nil {
		if vi.value.Type().Implements(rt) {
			return vi.value
		}
		panic(n.cfgErrorf("no wrapper of %s for %s", rt, itypeString(n.typ)))
	}
	w := reflect.New(wrap).Elem()
	w.Field(0).Set(vi.value)
	for i := 1; i < wrap.NumField(); i++ {
		name := wrap.Field(i).Name[1:]
		if m, index := n.typ.lookupMethod(name); m != nil {
			nod := *m
			nod.recv = &receiver{nil, vi.value, index, true}
			w.Field(i).Set(genFunctionWrapper(&nod)(f))
			continue
		}
		_, index, _, _ := n.typ.lookupBinMethod(name)
		r := methodByName(vi.value, name, index)
		if !r.IsValid() {
			panic(n.cfgErrorf("method not found: %s", name))
		}
		w.Field(i).Set(r)
	}
	n.interp.noteWrapper(w, n)
	return w
}

// wrapperKey returns the id of the interpreted type of the value held by
// the interface wrapper i, if i is one noted by noteWrapper (a value of a
// reflect type shared by several interpreted types), or "".
func wrapperKey(i interface{}) string {
	if !wrapIDTable.used.Load() {
		return ""
	}
	v := reflect.ValueOf(i)
	if !isIfaceWrapper(v) {
		return ""
	}
	iv := v.Field(0)
	if iv.Kind() != reflect.Interface || iv.IsNil() {
		return ""
	}
	if n := wrapIDTable.lookup(v, iv.Elem().Type()); n != nil && n.typ != nil {
		return n.typ.id()
	}
	return ""
}

// namedForIface returns the named runtime type (with its method table,
// rtmethods.go) that a value of the interpreted type t is given as for the
// compiled interface rt, instead of an interface wrapper, or nil: t (or the
// type t points to) has methods, its own or promoted from embedded fields
// (s9-embed2), and its named runtime type implements rt. gonotes patch;
// s10-stringer: errors too (a wrapper of fmt.Stringer holding an error
// had String only, and fmt calls Error first); errors.Is, As and Unwrap
// see the methods of the runtime type as those of a compiled error, and
// compare a wrapper and a named value by the value they hold
// (errwrap.go, panictext.go panicKey).
func (interp *Interpreter) namedForIface(t *itype, rt reflect.Type) reflect.Type {
	if t == nil || rt == nil || rt.Kind() != reflect.Interface || rt.NumMethod() == 0 {
		return nil
	}
	if !hasOwnOrPromoted(t) && (t.cat != ptrT || t.val == nil || !hasOwnOrPromoted(t.val)) {
		return nil
	}
	r := interp.namedRType(t)
	if r == nil || !r.Implements(rt) {
		return nil
	}
	return r
}

// hasOwnOrPromoted reports whether the interpreted type t has methods of
// its own or methods promoted from embedded fields (rtpromote.go), which
// are both in its method table. gonotes patch (s9-embed2).
func hasOwnOrPromoted(t *itype) bool {
	return len(t.method) > 0 || hasPromoted(t)
}

// binIfaceAs sets the target of t, of a compiled interface type, to ev, an
// error of a chain, if its dynamic type implements that interface: an
// interpreted error held by a wrapper by its interpreted type (the value
// given as a value of its named runtime type, or in a wrapper of the
// interface), another by its reflect type. gonotes patch.
func binIfaceAs(ev reflect.Value, t *ifaceAsTarget) (ok bool) {
	vi, wrapped := t.interp.wrappedVI(ev)
	if !wrapped {
		if isIfaceWrapper(ev) || !ev.Type().Implements(t.bin) {
			return false
		}
		t.ptr.Elem().Set(ev)
		return true
	}
	typ := vi.node.typ
	if typ.cat == valueT || !typ.implements(&itype{cat: valueT, rtype: t.bin}) || !inMethodSet(typ, t.bin) {
		return false
	}
	if r := t.interp.namedRType(typ); r != nil && r.Implements(t.bin) {
		t.ptr.Elem().Set(t.interp.toNamed(typ, vi.value))
		return true
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	w := wrapDynValue(t.f, vi, t.bin)
	if !w.IsValid() || !w.Type().AssignableTo(t.bin) {
		return false
	}
	t.ptr.Elem().Set(w)
	return true
}

// namedOrWrapValue returns v, a value of the interpreted type of n, for
// the compiled interface rt: a value of its named runtime type if values
// of that type are given as such (namedForIface), else its interface
// wrapper (wrapValue), or the zero Value if there is none. gonotes patch
// (s10-stringer): a wrapper has the methods of rt only, so that fmt
// printed an element of a []fmt.Stringer holding an error with String.
func namedOrWrapValue(f *frame, n *node, v reflect.Value, rt reflect.Type) reflect.Value {
	if n.interp.namedForIface(n.typ, rt) != nil {
		return n.interp.toNamed(n.typ, v)
	}
	return wrapValue(f, n, v, rt)
}

// namedForAny returns the named runtime type, with its method table, that
// a value of the interpreted type t with methods is given as for an empty
// interface of compiled code, or nil (see namedForIface). gonotes patch
// (s10-stringer).
func (interp *Interpreter) namedForAny(t *itype) reflect.Type {
	if t == nil || isInterface(t) || !hasOwnOrPromoted(t) && (t.cat != ptrT || t.val == nil || !hasOwnOrPromoted(t.val)) {
		return nil
	}
	return interp.namedRType(t)
}
