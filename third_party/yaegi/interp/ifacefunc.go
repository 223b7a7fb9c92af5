package interp

import (
	"reflect"
)

// Funcs with parameters or results of interface types of the notebook,
// given to compiled code (gonotes patch, s12-iface).
//
// A parameter or result of an interface type declared in the notebook
// (func() Logger, func(l Logger) Store) has the interpreter's layout, the
// struct valueInterface: the reflect type of such a func given to compiled
// code named interp.valueInterface for all those interfaces, and a DI
// container keying providers by reflect.TypeOf(provider).Out(0) had one
// key for all of them. Such a func is given to compiled code in a wrapper
// whose signature has the runtime interface types of those interfaces
// (ifaceRType: main.Logger) and the runtime types of the other types of
// the notebook (crossRType), which converts its arguments to the
// interpreter's values (a value of an interface type to a valueInterface
// of the value it holds) and its results back (a valueInterface to the
// value it holds, as a value of its named runtime type, which has the
// interface's methods).

// ifaceFuncSig returns the signature of the wrapper of a func of the
// interpreted func type t whose reflect type is ft, or nil if t has no
// parameter or result of an interface type of the notebook with a runtime
// interface type.
func (interp *Interpreter) ifaceFuncSig(t *itype, ft reflect.Type) reflect.Type {
	for t != nil && t.cat == linkedT && t.val != nil {
		t = t.val
	}
	if t == nil || t.cat != funcT || ft == nil || ft.Kind() != reflect.Func || ft.NumIn() != len(t.arg) || ft.NumOut() != len(t.ret) {
		return nil
	}
	if c, ok := interp.ifaceFuncs.Load(t); ok {
		if e := c.(ifaceFuncEntry); e.ft == ft {
			return e.sig
		}
	}
	changed := false
	conv := func(a *itype, rt reflect.Type) reflect.Type {
		switch {
		case a == nil:
		case rt == valueInterfaceType && isInterfaceSrc(a) && !isEmptyInterface(a):
			if r := interp.ifaceRType(a); r != nil {
				changed = true
				return r
			}
		case !isInterface(a) && !isFuncSrc(a) && a.cat != valueT:
			if r := interp.crossRType(a); r != nil && r != rt && r.Size() == rt.Size() && r.Kind() == rt.Kind() {
				return r
			}
		}
		return rt
	}
	ins := make([]reflect.Type, ft.NumIn())
	for i := range ins {
		if ft.IsVariadic() && i == len(ins)-1 {
			ins[i] = ft.In(i)
			// gonotes patch (s20-escape20): ...Shape is ...main.Shape.
			if a := t.arg[i]; a != nil && a.cat == variadicT && ft.In(i).Elem() == valueInterfaceType {
				if e := conv(a.val, valueInterfaceType); e != valueInterfaceType {
					ins[i] = reflect.SliceOf(e)
				}
			}
			continue
		}
		ins[i] = conv(t.arg[i], ft.In(i))
	}
	outs := make([]reflect.Type, ft.NumOut())
	for i := range outs {
		outs[i] = conv(t.ret[i], ft.Out(i))
	}
	var sig reflect.Type
	if changed {
		sig = reflect.FuncOf(ins, outs, ft.IsVariadic())
	}
	interp.ifaceFuncs.Store(t, ifaceFuncEntry{ft, sig})
	return sig
}

// ifaceFuncEntry is the signature computed for a func type and the
// reflect type it was computed for.
type ifaceFuncEntry struct {
	ft  reflect.Type
	sig reflect.Type
}

// hasIfaceSig reports whether the func type t has a parameter or result of
// an interface type with methods of the notebook.
func hasIfaceSig(t *itype) bool {
	for t != nil && t.cat == linkedT && t.val != nil {
		t = t.val
	}
	if t == nil || t.cat != funcT || t.selfFunc || t.name != "" { // a defined func type has its named runtime type (rtname.go)
		return false
	}
	for _, l := range [][]*itype{t.arg, t.ret} {
		for _, a := range l {
			if a != nil && a.cat != variadicT && isInterfaceSrc(a) && !isEmptyInterface(a) {
				return true
			}
			if a != nil && a.cat == variadicT && a.val != nil && isInterfaceSrc(a.val) && !isEmptyInterface(a.val) { // gonotes patch (s20-escape20)
				return true
			}
		}
	}
	return false
}

// ifaceFunc returns fn, a func of the interpreted func type t, in a
// wrapper with the signature ifaceFuncSig, or false if t needs none.
func (interp *Interpreter) ifaceFunc(t *itype, fn reflect.Value) (reflect.Value, bool) {
	if !fn.IsValid() || fn.Kind() != reflect.Func || !hasIfaceSig(t) {
		return fn, false
	}
	ft := fn.Type()
	sig := interp.ifaceFuncSig(t, ft)
	if sig == nil {
		return fn, false
	}
	if fn.IsNil() {
		return reflect.Zero(sig), true
	}
	return reflect.MakeFunc(sig, func(in []reflect.Value) []reflect.Value {
		args := make([]reflect.Value, len(in))
		for i, a := range in {
			args[i] = interp.fromIfaceArg(a, ft.In(i))
		}
		var out []reflect.Value
		if ft.IsVariadic() {
			out = fn.CallSlice(args)
		} else {
			out = fn.Call(args)
		}
		for i, r := range out {
			out[i] = interp.toIfaceResult(r, sig.Out(i))
		}
		return out
	}), true
}

// fromIfaceArg returns a, an argument given by compiled code, as a value
// of the interpreter's type to.
func (interp *Interpreter) fromIfaceArg(a reflect.Value, to reflect.Type) reflect.Value {
	if a.Type() == to {
		return a
	}
	if to.Kind() == reflect.Slice && to.Elem() == valueInterfaceType && a.Kind() == reflect.Slice && a.Type().Elem().Kind() == reflect.Interface { // gonotes patch (s20-escape20): the ...Shape of a variadic func
		s := reflect.MakeSlice(to, a.Len(), a.Len())
		for i := 0; i < a.Len(); i++ {
			s.Index(i).Set(interp.fromIfaceArg(a.Index(i), valueInterfaceType))
		}
		return s
	}
	if to != valueInterfaceType {
		return reinterpret(a, to)
	}
	if a.Kind() != reflect.Interface || a.IsNil() {
		return reflect.ValueOf(valueInterface{})
	}
	e := a.Elem()
	if vi, ok := namedVI(e); ok {
		return reflect.ValueOf(vi)
	}
	if vi, ok := interp.wrappedVI(e); ok {
		return reflect.ValueOf(vi)
	}
	return reflect.ValueOf(valueInterface{&node{kind: identExpr, typ: valueTOf(e.Type()), interp: interp}, e})
}

// toIfaceResult returns r, a result of an interpreted func, as a value of
// the type to of the wrapper's result.
func (interp *Interpreter) toIfaceResult(r reflect.Value, to reflect.Type) reflect.Value {
	if r.Type() == to {
		return r
	}
	if to.Kind() == reflect.Slice && to.Elem().Kind() == reflect.Interface && r.Kind() == reflect.Slice && r.Type().Elem() == valueInterfaceType { // gonotes patch (s20-escape20): the ...Shape of a variadic func
		if r.IsNil() {
			return reflect.Zero(to)
		}
		s := reflect.MakeSlice(to, r.Len(), r.Len())
		for i := 0; i < r.Len(); i++ {
			s.Index(i).Set(interp.toIfaceResult(r.Index(i), to.Elem()))
		}
		return s
	}
	if r.Type() != valueInterfaceType || to.Kind() != reflect.Interface {
		return reinterpret(r, to)
	}
	out := reflect.New(to).Elem()
	vi := innermostVI(r.Interface().(valueInterface))
	if vi.node == nil || !vi.value.IsValid() || vi.value.Kind() == reflect.Interface && vi.value.IsNil() {
		return out
	}
	v := vi.value
	if vi.node.typ != nil && vi.node.typ.cat != valueT && v.Type() != valueInterfaceType {
		v = interp.toNamed(vi.node.typ, v)
	}
	if v.Kind() == reflect.Interface && !v.IsNil() && !v.Type().Implements(to) {
		v = v.Elem()
	}
	if !v.Type().Implements(to) {
		panic(runtimeError("interface conversion: " + v.Type().String() + " is not " + to.String() + " (gonotes: no runtime type with its methods)"))
	}
	out.Set(v)
	return out
}

// genIfaceFunc returns value, the func value of c given to compiled code as
// an any, in the wrapper of ifaceFunc if its type needs one.
func (interp *Interpreter) genIfaceFunc(c *node, value func(*frame) reflect.Value) func(*frame) reflect.Value {
	t := c.typ
	if !hasIfaceSig(t) {
		return value
	}
	return func(f *frame) reflect.Value {
		v := value(f)
		if w, ok := interp.ifaceFunc(t, v); ok {
			return w
		}
		return v
	}
}

// isIfaceFuncOf reports whether ft, the type of a func that came back
// from compiled code, is the signature of the wrapper (ifaceFuncSig) of
// the interpreted func type typ, of reflect type rtype.
func (interp *Interpreter) isIfaceFuncOf(ft reflect.Type, typ *itype, rtype reflect.Type) bool {
	if ft == nil || ft.Kind() != reflect.Func || !hasIfaceSig(typ) {
		return false
	}
	sig := interp.ifaceFuncSig(typ, rtype)
	return sig != nil && sig == ft
}

// unIfaceFunc returns fn, a func whose type is the wrapper signature of
// the interpreted func type of reflect type rtype (isIfaceFuncOf), as a
// func of type rtype: the converse of ifaceFunc.
func (interp *Interpreter) unIfaceFunc(fn reflect.Value, rtype reflect.Type) reflect.Value {
	if fn.IsNil() {
		return reflect.Zero(rtype)
	}
	sig := fn.Type()
	return reflect.MakeFunc(rtype, func(in []reflect.Value) []reflect.Value {
		args := make([]reflect.Value, len(in))
		for i, a := range in {
			args[i] = interp.toIfaceResult(a, sig.In(i))
		}
		var out []reflect.Value
		if sig.IsVariadic() {
			out = fn.CallSlice(args)
		} else {
			out = fn.Call(args)
		}
		for i, r := range out {
			out[i] = interp.fromIfaceArg(r, rtype.Out(i))
		}
		return out
	})
}
