// gonotes patch: this file (s13-misc).

package interp

import "reflect"

// Results of interface types of the notebook in method tables.
//
// A method of a notebook type whose result is of an interface type
// declared in the notebook (func (z Zoo) Pick() Shape) returns, in the
// interpreter, a valueInterface: the method tables of the type's named
// runtime type (rtmethods.go) gave that struct as the result type, so
// compiled code calling the method (text/template's {{.Pick.Area}})
// received the interpreter's internal value, whose reflect type has no
// method Area. The method tables now give such a result the runtime
// interface type of the interface (ifaceRType: main.Shape), and the stub
// converts the result at the boundary (toIfaceResult: the value the
// valueInterface holds, as a value of its named runtime type). The
// runtime interface types of interfaces with such methods
// (ifaceMethods) give them the same types, so that Type.Implements
// still holds where Go says it does.
//
// An interface type that reaches itself through the results of its
// methods, or of those of the interface types of those results (type
// Node interface{ Next() Node }), keeps the valueInterface in both:
// its runtime interface type is being made when its methods' types are
// computed.

// ifaceResultType returns the runtime interface type that the method
// tables give to a result of the interpreted type x, or nil: x is an
// interface type of the notebook with methods, not reaching itself
// through its methods' results, and with a runtime interface type.
func (interp *Interpreter) ifaceResultType(x *itype) reflect.Type {
	if x == nil || x.incomplete || !isInterfaceSrc(x) || isEmptyInterface(x) || x.TypeOf() != valueInterfaceType {
		return nil
	}
	if ifaceResultsCycle(x, map[*itype]bool{}, 0) {
		return nil
	}
	return interp.ifaceRType(x)
}

// ifaceResultsCycle reports whether the interface type t reaches an
// interface type of path (or itself) through the results of interface
// types of its methods, or through its embedded interfaces.
func ifaceResultsCycle(t *itype, path map[*itype]bool, depth int) bool {
	for t != nil && t.cat == linkedT && t.val != nil {
		t = t.val
	}
	if t == nil || depth > 32 {
		return true
	}
	if path[t] {
		return true
	}
	if t.cat != interfaceT {
		return false
	}
	path[t] = true
	defer delete(path, t)
	for _, f := range t.field {
		ft := f.typ
		if ft == nil {
			return true
		}
		if f.embed || ft.cat != funcT {
			if isInterfaceSrc(ft) && ifaceResultsCycle(ft, path, depth+1) {
				return true
			}
			continue
		}
		for _, r := range ft.ret {
			if r != nil && isInterfaceSrc(r) && !isEmptyInterface(r) && ifaceResultsCycle(r, path, depth+1) {
				return true
			}
		}
	}
	return false
}

// ifaceResultSig returns the func type ft of a method of the interpreted
// type sig, with its results of interface types of the notebook given
// their runtime interface types (ifaceResultType).
func (interp *Interpreter) ifaceResultSig(ft reflect.Type, sig *itype) reflect.Type {
	for sig != nil && sig.cat == linkedT && sig.val != nil {
		sig = sig.val
	}
	if interp == nil || sig == nil || sig.cat != funcT || ft == nil || ft.Kind() != reflect.Func || ft.NumOut() != len(sig.ret) {
		return ft
	}
	var out []reflect.Type
	for i, r := range sig.ret {
		if ft.Out(i) != valueInterfaceType {
			continue
		}
		it := interp.ifaceResultType(r)
		if it == nil {
			continue
		}
		if out == nil {
			out = make([]reflect.Type, ft.NumOut())
			for j := range out {
				out[j] = ft.Out(j)
			}
		}
		out[i] = it
	}
	if out == nil {
		return ft
	}
	in := make([]reflect.Type, ft.NumIn())
	for i := range in {
		in[i] = ft.In(i)
	}
	return reflect.FuncOf(in, out, ft.IsVariadic())
}

// methodIfaceResult returns r, a valueInterface result of an interpreted
// method, as a value of the runtime interface type to of the method
// table's signature: nil for a nil interface, else the value it holds as
// a value of its named runtime type.
func methodIfaceResult(r reflect.Value, to reflect.Type) reflect.Value {
	vi, _ := r.Interface().(valueInterface)
	u := innermostVI(vi)
	if u.node == nil || u.node.interp == nil {
		return reflect.Zero(to)
	}
	return u.node.interp.toIfaceResult(r, to)
}
