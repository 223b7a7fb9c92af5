package interp

import (
	"reflect"
	"strings"
	"unsafe"
)

// Recursive func types (gonotes patch, see refType): the runtime type of a
// func type that is its own parameter or result type has interface{} in
// that place, and a value of the func type goes there boxed. unboxFunc
// gives the value to store in dst, a frame slot of the func type, for v
// read from such a place: the func inside the interface (a nil interface
// gives the zero func, nil). Other values are returned as they are.
func unboxFunc(dst, v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Slice && dst.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Interface && dst.Type().Elem().Kind() == reflect.Func {
		// The variadic parameter of type ...F.
		s := reflect.MakeSlice(dst.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			s.Index(i).Set(unboxFunc(s.Index(i), v.Index(i)))
		}
		return s
	}
	if v.Kind() != reflect.Interface || dst.Kind() != reflect.Func {
		return v
	}
	if v.IsNil() {
		return reflect.Zero(dst.Type())
	}
	return v.Elem()
}

// selfFuncKey identifies the runtime type of a recursive func type of an
// interpreter (Interpreter.named).
type selfFuncKey struct{ t *itype }

// selfFuncRType returns a named runtime type for the recursive func type t
// (type Fn func(Fn) int) whose parameters and results of type t are
// itself (main.Fn, In(0) main.Fn), or nil if t has none: t's values are
// the interpreter's funcs of t.TypeOf() (func(interface {}) int), whose
// calling convention differs, so the type is only for reflect.TypeOf of
// such a value (typeOnly, see selfFuncTypeArg). Only a type that is its own
// parameter or result directly gets one. gonotes patch (s16-knownwrong).
func (interp *Interpreter) selfFuncRType(t *itype) reflect.Type {
	if t == nil || t.cat != funcT || !t.selfFunc || t.name == "" || t.path == "" || !funcTypesWork() {
		return nil
	}
	k := selfFuncKey{t}
	if r, ok := interp.named.Load(k); ok {
		rt, _ := r.(reflect.Type)
		return rt
	}
	r := makeSelfFuncRType(t)
	interp.named.Store(k, r)
	return r
}

func makeSelfFuncRType(t *itype) reflect.Type {
	under := t.TypeOf()
	if under == nil || under.Kind() != reflect.Func || under.NumIn() != len(t.arg) || under.NumOut() != len(t.ret) {
		return nil
	}
	sigs := append(append([]*itype{}, t.arg...), t.ret...)
	self := make([]bool, len(sigs))
	for i, a := range sigs {
		switch {
		case a == t:
			self[i] = true
		case mentionsType(a, t, 0):
			return nil // ...Fn, []Fn, func() Fn: not the same memory
		}
	}
	pkg := t.path
	r := makeNamedRType(under, pkg[strings.LastIndex(pkg, "/")+1:]+"."+t.name, pkg)
	if r == nil {
		return nil
	}
	// The parameter and result types follow the descriptor and its
	// uncommon part (newFuncDesc).
	q := rtTypeOf(r)
	ps := unsafe.Slice((*unsafe.Pointer)(unsafe.Add(q, unsafe.Sizeof(rtFunc{})+unsafe.Sizeof(rtUncommon{}))), len(sigs))
	for i, s := range self {
		if s {
			ps[i] = q
		}
	}
	return r
}

// mentionsType reports whether the type a is made of t.
func mentionsType(a, t *itype, depth int) bool {
	if a == nil || depth > 8 {
		return false
	}
	if a == t {
		return true
	}
	switch a.cat {
	case ptrT, sliceT, arrayT, chanT, variadicT:
		return mentionsType(a.val, t, depth+1)
	case mapT:
		return mentionsType(a.key, t, depth+1) || mentionsType(a.val, t, depth+1)
	case funcT:
		if a.name != "" {
			return false
		}
		for _, x := range append(append([]*itype{}, a.arg...), a.ret...) {
			if mentionsType(x, t, depth+1) {
				return true
			}
		}
	case structT:
		if a.name != "" {
			return false
		}
		for _, f := range a.field {
			if mentionsType(f.typ, t, depth+1) {
				return true
			}
		}
	}
	return false
}

// selfFuncTypeArg returns the argument of reflect.TypeOf for a value of a
// type made of recursive func types (type State func(rune) (State, bool):
// State, func(rune) (State, bool), []State), or of an any holding one: the
// zero value of its reflect type with the named runtime type of each
// recursive func type in its place (where its values' type has
// interface {}), which reflect.TypeOf reads only the type of; or value if
// there is none. gonotes patch (s16-knownwrong).
func (interp *Interpreter) selfFuncTypeArg(c *node, value func(*frame) reflect.Value) func(*frame) reflect.Value {
	t := c.typ
	var raw func(*frame) reflect.Value
	if isEmptyInterface(t) {
		raw = genValue(c) // the any, with its dynamic type
	}
	return func(f *frame) reflect.Value {
		v := value(f)
		st := t
		if raw != nil {
			if st = dynItypeOf(raw(f)); st == nil || !holdsSelfFunc(st, 0) {
				return v
			}
		}
		w := v
		for w.IsValid() && w.Kind() == reflect.Interface && !w.IsNil() {
			w = w.Elem()
		}
		if !w.IsValid() || w.Kind() == reflect.Interface {
			return v
		}
		if r, ok := interp.selfSubst(st, w.Type(), 0); ok {
			return reflect.Zero(r)
		}
		return v
	}
}

// holdsSelfFunc reports whether t is, or is an unnamed type made of, a
// recursive func type. gonotes patch (s16-knownwrong).
func holdsSelfFunc(t *itype, depth int) bool {
	if t == nil || depth > 8 {
		return false
	}
	if t.cat == funcT && t.selfFunc {
		return true
	}
	if t.name != "" {
		return false
	}
	switch t.cat {
	case ptrT, sliceT, arrayT, chanT, variadicT:
		return holdsSelfFunc(t.val, depth+1)
	case mapT:
		return holdsSelfFunc(t.key, depth+1) || holdsSelfFunc(t.val, depth+1)
	case funcT:
		for _, x := range append(append([]*itype{}, t.arg...), t.ret...) {
			if holdsSelfFunc(x, depth+1) {
				return true
			}
		}
	}
	return false
}

// selfSubst returns vt, the reflect type of a value of type t, with the
// named runtime type of each recursive func type t is made of in its
// place, and whether it changed anything. gonotes patch (s16-knownwrong).
func (interp *Interpreter) selfSubst(t *itype, vt reflect.Type, depth int) (reflect.Type, bool) {
	if t == nil || vt == nil || depth > 8 {
		return vt, false
	}
	if t.cat == funcT && t.selfFunc {
		if r := interp.selfFuncRType(t); r != nil && (vt.Kind() == reflect.Interface && vt.NumMethod() == 0 || vt.Kind() == reflect.Func) {
			return r, true
		}
		return vt, false
	}
	if t.name != "" {
		return vt, false
	}
	elem := func(k reflect.Kind) (reflect.Type, bool) {
		if vt.Kind() != k {
			return nil, false
		}
		return interp.selfSubst(t.val, vt.Elem(), depth+1)
	}
	switch t.cat {
	case sliceT, variadicT:
		if e, ok := elem(reflect.Slice); ok {
			return reflect.SliceOf(e), true
		}
	case ptrT:
		if e, ok := elem(reflect.Ptr); ok {
			return reflect.PointerTo(e), true
		}
	case arrayT:
		if e, ok := elem(reflect.Array); ok {
			return reflect.ArrayOf(vt.Len(), e), true
		}
	case chanT:
		if e, ok := elem(reflect.Chan); ok {
			return reflect.ChanOf(vt.ChanDir(), e), true
		}
	case mapT:
		if e, ok := elem(reflect.Map); ok {
			return reflect.MapOf(vt.Key(), e), true
		}
	case funcT:
		if vt.Kind() != reflect.Func || vt.NumIn() != len(t.arg) || vt.NumOut() != len(t.ret) {
			return vt, false
		}
		changed := false
		in := make([]reflect.Type, vt.NumIn())
		for i := range in {
			var ok bool
			in[i], ok = interp.selfSubst(t.arg[i], vt.In(i), depth+1)
			changed = changed || ok
		}
		out := make([]reflect.Type, vt.NumOut())
		for i := range out {
			var ok bool
			out[i], ok = interp.selfSubst(t.ret[i], vt.Out(i), depth+1)
			changed = changed || ok
		}
		if changed {
			return reflect.FuncOf(in, out, vt.IsVariadic()), true
		}
	}
	return vt, false
}

// isFuncDeclRef reports whether n names a declared func (func g(...)),
// whose value in the node is the declaration: any(g) converts it as
// var x any = g assigns it (it held the *node). gonotes patch
// (s16-knownwrong).
func isFuncDeclRef(n *node) bool {
	if n == nil || n.kind != identExpr || n.typ == nil || n.typ.cat != funcT {
		return false
	}
	d, ok := n.val.(*node)
	return ok && d.kind == funcDecl
}
