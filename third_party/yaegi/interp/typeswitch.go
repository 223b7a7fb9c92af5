package interp

// gonotes patch: this file. Interface cases of a type switch.

import "reflect"

// switchDyn returns the dynamic value of a type switch guard value (invalid
// for a nil interface) and, for a value of an interpreted type, that type.
func switchDyn(v reflect.Value) (reflect.Value, *itype) {
	for v.IsValid() && v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}, nil
		}
		v = v.Elem()
	}
	if !v.IsValid() || v.Type() != valueInterfaceType || !v.CanInterface() {
		return v, nil
	}
	vi := v.Interface().(valueInterface)
	if vi.node == nil || !vi.value.IsValid() {
		return reflect.Value{}, nil
	}
	if vi.node.typ.cat == valueT {
		return switchDyn(vi.value)
	}
	return vi.value, vi.node.typ
}

// switchCase is an interface case type of a type switch.
type switchCase struct {
	typ     *itype
	methods methodSet    // of typ
	rtype   reflect.Type // of a compiled interface typ, or nil
}

func newSwitchCase(t *itype) switchCase {
	c := switchCase{typ: t, methods: t.methods()}
	if isInterfaceBin(t) {
		c.rtype = t.TypeOf()
	}
	return c
}

// switchImplements reports whether a dynamic value (see switchDyn) has the
// methods of the interface case type c.
func switchImplements(dyn reflect.Value, dtyp *itype, c *switchCase) bool {
	if !dyn.IsValid() {
		return false
	}
	if dtyp != nil {
		if !hasMethodSigs(dtyp.methods(), c.methods) { // s8 jsongen: was contains (names only)
			return false
		}
		for name := range c.methods {
			// gonotes patch (s12-goroot): m(*T1) is not m(*T3) for type T3
			// T1, whose reflect signatures are one.
			if sigTypesDiffer(lookupFieldOrMethod(dtyp, name), lookupFieldOrMethod(c.typ, name)) {
				return false
			}
		}
		return true
	}
	if c.rtype != nil {
		return dyn.Type().Implements(c.rtype)
	}
	// gonotes patch (s12): with their signatures: *fmt.wrapError, whose
	// Unwrap returns an error, went to a case interface{ Unwrap() []error }.
	return binHasMethodSet(dyn.Type(), c.methods)
}

// hasMethodSigs reports whether the method set m0 has the methods of m1
// with the same signatures, as typeAssert checks them (a signature of m0
// may have its receiver as first argument). A type switch matched by names
// only: a Box[uint] with Get() uint went to a case Getter[float64].
// gonotes patch (s8 jsongen).
func hasMethodSigs(m0, m1 methodSet) bool {
	for k, s1 := range m1 {
		s0, ok := m0[k]
		if !ok {
			return false
		}
		if s0 != s1 { // gonotes patch (s14-typeident): a method set's signatures have no receiver
			return false
		}
	}
	return true
}

// isSwitchInterface reports whether a case type is an interface (not nil).
func isSwitchInterface(t *itype) bool {
	return t != nil && t.cat != nilT && isInterface(t)
}

// setSwitchInterface sets the variable d of a type switch clause of the
// interface type typ to the matched value v (the guard's value; dyn and
// dtyp from switchDyn); wrap makes the wrapper of an interpreted value for
// a compiled interface type.
func setSwitchInterface(interp *Interpreter, d, v, dyn reflect.Value, dtyp, typ *itype, wrap func() reflect.Value) {
	dt := d.Type()
	if dtyp != nil && isInterfaceBin(typ) && dt.Kind() == reflect.Interface && dt.NumMethod() > 0 {
		d.Set(wrap())
		return
	}
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() && v.Elem().Type().AssignableTo(dt) {
		v = v.Elem()
	}
	switch {
	case v.IsValid() && v.Type().AssignableTo(dt):
		d.Set(v)
	case dyn.Type().AssignableTo(dt):
		d.Set(dyn)
	case dt == valueInterfaceType:
		// gonotes patch (s12): the node has the interpreter (fmt.Println(u)
		// wraps the value with it; its nil pointer panicked).
		d.Set(reflect.ValueOf(valueInterface{&node{interp: interp, typ: valueTOf(dyn.Type())}, dyn}))
	}
}

// isValueInterface reports whether v (the dynamic value of an interface)
// is a valueInterface: a value of an interpreted type whose case types are
// compared by their interpreted types, not by their reflect types.
func isValueInterface(v reflect.Value) bool {
	return v.IsValid() && v.Type() == valueInterfaceType
}

// wrappedInner returns the value held by an interface wrapper (the IValue
// field of the wrapper of an interpreted value, e.g. an *T returned as an
// error) held by the interface value v, or the invalid value. A type
// switch on such an error matched no case of its interpreted type (case
// *SyntaxError:).
func wrappedInner(v reflect.Value) reflect.Value {
	if !v.IsValid() || v.Kind() != reflect.Interface || v.IsNil() {
		return reflect.Value{}
	}
	e := v.Elem()
	if et := e.Type(); et.Kind() != reflect.Struct || et.NumField() == 0 || et.Field(0).Name != "IValue" {
		return reflect.Value{}
	}
	iv := e.Field(0)
	if iv.Kind() != reflect.Interface || iv.IsNil() {
		return reflect.Value{}
	}
	return iv.Elem()
}

// matchWrapped reports whether the value held by the wrapper in v (inner,
// from wrappedDyn) is of the non-interface case type typ: its interpreted
// type if it is a valueInterface, else its reflect type and, when known
// (noteWrapped), the name of the interpreted type wrapped with it. Two
// interpreted types with one reflect type (*A and *B, both
// *struct{ x int }) wrapped both are not told apart: the first case wins,
// as a type assertion succeeds for both.
func (interp *Interpreter) matchWrapped(v, inner reflect.Value, typ *itype) bool {
	if !inner.IsValid() || typ == nil || isInterface(typ) {
		return false
	}
	if inner.Type() == valueInterfaceType {
		vi := inner.Interface().(valueInterface)
		return vi.node != nil && vi.node.typ != nil && vi.node.typ.id() == typ.id()
	}
	rt := typ.TypeOf()
	if rt == nil || inner.Type() != rt {
		return false
	}
	if name := interp.wrappedName(v); name != "" {
		return name == itypeString(typ)
	}
	return true
}

// nilCase makes the case clause n of the type switch sn, if one of its
// types is nil, match a guard holding a nil interface value of an
// interpreted interface type (var s Shape; var a any = s): Go converts it
// to a nil any, the interpreter holds it as a valueInterface without a
// value, which the case matched as a non-nil value. In a switch with an
// assignment, the variable is the guard's zero value.
func nilCase(n, sn *node, types []*itype, src func(*frame) reflect.Value, tnext bltn) {
	hasNil := false
	for _, t := range types {
		if t != nil && t.cat == nilT {
			hasNil = true
		}
	}
	if !hasNil || n.exec == nil {
		return
	}
	exec := n.exec
	var dest func(*frame) reflect.Value
	if len(sn.child[1].child) == 2 {
		dest = genValue(n.lastChild().child[0])
	}
	n.exec = func(f *frame) bltn {
		if isNilVI(src(f)) {
			if dest != nil {
				d := dest(f)
				d.Set(reflect.Zero(d.Type()))
			}
			return tnext
		}
		return exec(f)
	}
}

// isNilVI reports whether v is a valueInterface (or an interface holding
// one) that holds no value: a nil interface value of an interpreted
// interface type.
func isNilVI(v reflect.Value) bool {
	for i := 0; i < 4; i++ {
		if !v.IsValid() {
			return false
		}
		if v.Kind() == reflect.Interface {
			if v.IsNil() {
				return false
			}
			v = v.Elem()
		}
		if v.Type() != valueInterfaceType || !v.CanInterface() {
			return false
		}
		vi := v.Interface().(valueInterface)
		if vi.node == nil || !vi.value.IsValid() {
			return true
		}
		if vi.node.kind == basicLit && vi.node.typ.cat == nilT {
			return true
		}
		v = vi.value
	}
	return false
}
