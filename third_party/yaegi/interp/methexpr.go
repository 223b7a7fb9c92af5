package interp

// gonotes patch: method expressions of interface types (I.M, fmt.Stringer.String).
//
// The method expression I.M of an interface type I is a func whose first
// argument is a value of I, followed by the method's own arguments; calling
// it calls the method of the dynamic value held by that argument. Upstream
// resolved I.M as the method of an interface value (without the receiver
// argument): a call of it failed "too many arguments".

import (
	"reflect"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// ifaceMethodExpr sets n, a selector T.M whose T is an interface type, up as
// a method expression. It returns false if T has no method M (the caller
// then reports the error as for any selector).
func ifaceMethodExpr(n *node) bool {
	name := n.child[1].ident
	recv := n.typ
	if isInterfaceBin(recv) {
		rt := recv.TypeOf()
		m, ok := rt.MethodByName(name)
		if !ok {
			return false
		}
		in := []reflect.Type{rt}
		for i := 0; i < m.Type.NumIn(); i++ {
			in = append(in, m.Type.In(i))
		}
		out := make([]reflect.Type, m.Type.NumOut())
		for i := range out {
			out[i] = m.Type.Out(i)
		}
		variadic := m.Type.IsVariadic()
		ft := reflect.FuncOf(in, out, variadic)
		n.typ = valueTOf(ft)
		n.rval = reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
			if args[0].IsNil() {
				nilDereference()
			}
			meth := args[0].Method(m.Index)
			if variadic {
				return meth.CallSlice(args[1:])
			}
			return meth.Call(args[1:])
		})
		n.gen = nop
		n.findex = notInFrame
		return true
	}
	ti := recv.lookupField(name)
	if len(ti) == 0 {
		// A method of an embedded interface of the standard library
		// (interface{ fmt.Stringer }).
		m, _, _, ok := recv.lookupBinMethod(name)
		if !ok || m.Type.Kind() != reflect.Func {
			return false
		}
		args := []*itype{recv}
		for i := 0; i < m.Type.NumIn(); i++ {
			if i == m.Type.NumIn()-1 && m.Type.IsVariadic() {
				args = append(args, variadicOf(valueTOf(m.Type.In(i).Elem())))
				continue
			}
			args = append(args, valueTOf(m.Type.In(i)))
		}
		var rets []*itype
		for i := 0; i < m.Type.NumOut(); i++ {
			rets = append(rets, valueTOf(m.Type.Out(i)))
		}
		n.typ = funcOf(args, rets, withScope(n.scope))
		n.gen = getIfaceMethodExpr
		n.action = aGetMethod
		return true
	}
	mt := recv.fieldSeq(ti)
	if mt.cat != funcT {
		return false
	}
	// As for the method expression of a concrete type (matchSelectorMethod),
	// the method's type with the receiver as first argument.
	t := *mt
	t.arg = append([]*itype{recv}, mt.arg...)
	t.str, t.rtype = funcOf(t.arg, t.ret).str, nil
	n.typ = &t
	n.gen = getIfaceMethodExpr
	n.action = aGetMethod
	return true
}

// getIfaceMethodExpr makes the func value of the method expression n of an
// interpreted interface type.
func getIfaceMethodExpr(n *node) { genIfaceMethodExpr(n, nil) }

// embeddedIfaceMethodExpr sets n, a selector T.M or (*T).M whose T is a
// struct type of the notebook and M a method promoted from an interface
// embedded in it (type W struct{ I }), up as a method expression: a func
// whose first argument is a T, calling M of the interface value the
// embedded field holds. It returns false for any other selector (the
// caller goes on as before). gonotes patch (s16-fuzz16): the selector was
// resolved as the interface's method without the receiver argument (a
// call of W.Val(w) failed "too many arguments").
func embeddedIfaceMethodExpr(n *node) bool {
	recv := n.typ
	name := n.child[1].ident
	st := recv
	if st.cat == ptrT {
		st = st.val
	}
	if st == nil || !isStruct(st) || isInterfaceSrc(recv) {
		return false
	}
	if len(recv.lookupField(name)) > 0 {
		return false
	}
	if m, _ := recv.lookupSrcMethod(name); m != nil {
		return false
	}
	if _, _, _, ok := recv.lookupBinMethod(name); ok {
		return false
	}
	mt := recv.interfaceMethod(name)
	path := ifaceFieldPath(recv, name)
	if mt == nil || mt.cat != funcT || len(path) == 0 {
		return false
	}
	t := *mt
	t.arg = append([]*itype{recv}, mt.arg...)
	t.str, t.rtype = funcOf(t.arg, t.ret).str, nil
	n.typ = &t
	n.gen = func(n *node) { genIfaceMethodExpr(n, path) }
	n.action = aGetMethod
	return true
}

// genIfaceMethodExpr makes the func value of the method expression n whose
// receiver, the func's first argument, is an interface value, or a struct
// (or a pointer to one) holding the interface value at the field path.
func genIfaceMethodExpr(n *node, path []int) {
	next := getExec(n.tnext)
	name := n.child[1].ident
	ft := n.typ.TypeOf()
	variadic := ft.IsVariadic()
	i, l := n.findex, n.level

	n.exec = func(f *frame) bltn {
		getFrame(f, l).data[i] = reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value {
			recv := in[0]
			for _, k := range path {
				if recv.Kind() == reflect.Ptr {
					if recv.IsNil() {
						nilDereference()
					}
					recv = recv.Elem()
				}
				recv = unsafe2.Exported(recv.Field(k))
			}
			meth := ifaceMethodValue(f, n, recv, name)
			var out []reflect.Value
			if variadic {
				out = meth.CallSlice(in[1:])
			} else {
				out = meth.Call(in[1:])
			}
			for j, v := range out {
				if t := ft.Out(j); v.Type() != t {
					if t == valueInterfaceType {
						out[j] = reflect.ValueOf(valueInterface{value: v})
					} else {
						out[j] = v.Convert(t)
					}
				}
			}
			return out
		})
		return next
	}
}

// ifaceMethodValue returns the method name of the interpreted interface
// value v (a valueInterface), bound to its dynamic value.
func ifaceMethodValue(f *frame, n *node, v reflect.Value, name string) reflect.Value {
	val, _ := v.Interface().(valueInterface)
	for val.value.IsValid() {
		inner, ok := val.value.Interface().(valueInterface)
		if !ok {
			break
		}
		val = inner
	}
	if val.node == nil || !val.value.IsValid() {
		nilDereference()
	}
	r, m, li := lookupMethodValue(val, name)
	if r.IsValid() {
		return r
	}
	if m == nil {
		panic(n.cfgErrorf("method not found: %s", name))
	}
	nod := *m
	nod.val = &nod
	nod.recv = &receiver{nil, val.value, li, false}
	return genFuncValue(&nod)(f)
}

// binMethodExpr sets n, a selector T.M or (*T).M whose T is a type of
// compiled code (time.Duration.String, netip.Prefix.Compare), up as a method
// expression: the func of reflect's method, whose first argument is the
// receiver. It returns false if T is not a compiled concrete type or its
// method set has no method M (the caller then goes on as for any selector).
// gonotes patch: the selector was resolved as a method value, without the
// receiver argument (a call failed "too many arguments", a func value of it
// had the wrong type).
func binMethodExpr(n *node) bool {
	var rt reflect.Type
	switch t := n.typ; {
	case t.cat == valueT && t.rtype != nil:
		rt = t.rtype
	case t.cat == ptrT && t.val != nil && t.val.cat == valueT && t.val.rtype != nil:
		rt = reflect.PointerTo(t.val.rtype)
	default:
		return false
	}
	if rt.Kind() == reflect.Interface {
		return false
	}
	m, ok := rt.MethodByName(n.child[1].ident)
	if !ok {
		return false
	}
	n.typ = valueTOf(m.Func.Type())
	n.rval = m.Func
	n.gen = nop
	n.findex = notInFrame
	return true
}
