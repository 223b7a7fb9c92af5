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
		return dtyp.methods().contains(c.methods)
	}
	if c.rtype != nil {
		return dyn.Type().Implements(c.rtype)
	}
	methods := c.methods
	rt := dyn.Type()
	for name := range methods {
		if _, ok := rt.MethodByName(name); !ok {
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
func setSwitchInterface(d, v, dyn reflect.Value, dtyp, typ *itype, wrap func() reflect.Value) {
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
		d.Set(reflect.ValueOf(valueInterface{&node{typ: valueTOf(dyn.Type())}, dyn}))
	}
}

// isValueInterface reports whether v (the dynamic value of an interface)
// is a valueInterface: a value of an interpreted type whose case types are
// compared by their interpreted types, not by their reflect types.
func isValueInterface(v reflect.Value) bool {
	return v.IsValid() && v.Type() == valueInterfaceType
}

// ifaceKey is the comparable form of a value of an interpreted type with
// methods in an interface: its type and its value. (A valueInterface
// compared as itself was never equal to another, its node differs.)
type ifaceKey struct {
	id string
	v  interface{}
}

// genIfaceKey returns a function giving the operand n of == or != (one of
// them an interface) as Go compares it: the value, or an ifaceKey for a
// value of an interpreted type with methods, stored in an interface as a
// valueInterface, or converted to the interface of the other operand.
func genIfaceKey(n *node) func(*frame) interface{} {
	if cn := convertedNode(n); cn != nil {
		n = cn
	}
	value := genValue(n)
	t := n.typ
	if t != nil && t.cat != valueT && t.cat != nilT && !isInterfaceSrc(t) {
		if len(t.method) == 0 {
			return func(f *frame) interface{} { return value(f).Interface() }
		}
		id := t.id()
		return func(f *frame) interface{} { return ifaceKey{id, value(f).Interface()} }
	}
	return func(f *frame) interface{} {
		v := value(f)
		if !v.IsValid() {
			return nil
		}
		i := v.Interface()
		switch x := i.(type) {
		case nil:
			return nil
		case valueInterface:
			return ifaceKeyOf(x)
		}
		if reflect.TypeOf(i).Kind() == reflect.Struct {
			return wrapperKey(i)
		}
		return i
	}
}

// ifaceKeyOf returns the comparable form of a valueInterface (see ifaceKey).
func ifaceKeyOf(vi valueInterface) interface{} {
	for {
		if vi.node == nil || !vi.value.IsValid() {
			return nil
		}
		var i interface{}
		if vi.node.typ == nil || vi.node.typ.cat == valueT || isInterfaceSrc(vi.node.typ) || len(vi.node.typ.method) == 0 {
			i = vi.value.Interface()
		} else {
			i = ifaceKey{vi.node.typ.id(), vi.value.Interface()}
		}
		x, ok := i.(valueInterface)
		if !ok {
			return wrapperKey(i)
		}
		vi = x
	}
}

// wrapperKey returns the value held by an interface wrapper i (not
// comparable), or i.
func wrapperKey(i interface{}) interface{} {
	w := reflect.ValueOf(i)
	if w.Kind() == reflect.Struct && w.NumField() > 0 && w.Type().Field(0).Name == "IValue" {
		if iv := w.Field(0); iv.CanInterface() && !iv.IsNil() {
			return iv.Interface()
		}
	}
	return i
}
