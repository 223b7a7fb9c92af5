package interp

import (
	"reflect"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// Keys of struct and array types holding interface values (gonotes patch,
// s12-iface).
//
// A field of an interface type of a struct (or an element of an array)
// holds, for a value of a type declared in the notebook, the interpreter's
// valueInterface: a node and a reflect.Value, which points to a copy of
// the value. The runtime hashes a map key of such a type by those
// pointers: two equal keys made apart are two keys (m[k] misses, m[k] = v
// adds a second entry). Keys of an interface type themselves are
// normalized (dynMapKey); a key of a struct or array type holding
// interface values is made canonical instead (ifaceKey): each
// valueInterface it holds is replaced by the one valueInterface the
// interpreter keeps for its type and value, so that equal keys are the
// same memory. The keys stay valueInterfaces: reading a key back (range,
// k.ID, fmt) needs no conversion.

// holdsIfaceKeyMap reports whether t is a map type whose keys are of an
// array or struct type holding interface values (holdsIface).
func holdsIfaceKeyMap(t *itype) bool {
	for t != nil && t.cat == linkedT {
		t = t.val
	}
	return t != nil && t.cat == mapT && t.key != nil && !isInterface(t.key) && holdsIface(t.key, 0)
}

// genIfaceKey returns the value of n, a key of a map whose keys hold
// interface values (holdsIfaceKeyMap), made canonical (ifaceKey).
func genIfaceKey(n *node) func(*frame) reflect.Value {
	value := genValue(n)
	interp := n.interp
	return func(f *frame) reflect.Value { return interp.ifaceKey(value(f), 0) }
}

// ifaceHoles reports whether values of t hold values of interface types
// (or valueInterfaces) in their fields or elements, not through pointers.
func ifaceHoles(t reflect.Type, depth int) bool {
	if depth > 16 {
		return false
	}
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Struct:
		if t == valueInterfaceType {
			return true
		}
		for i := 0; i < t.NumField(); i++ {
			if ifaceHoles(t.Field(i).Type, depth+1) {
				return true
			}
		}
	case reflect.Array:
		return t.Len() > 0 && ifaceHoles(t.Elem(), depth+1)
	}
	return false
}

// ifaceKey returns a copy of v, a map key of an array or struct type, in
// which each valueInterface held in an interface field or element (or as a
// field of the interpreter's interface type) is the canonical one of its
// type and value (canonVI); v itself if it holds none.
func (interp *Interpreter) ifaceKey(v reflect.Value, depth int) reflect.Value {
	if !v.IsValid() || depth > 16 {
		return v
	}
	t := v.Type()
	switch {
	case t == valueInterfaceType:
		vi, _ := unsafe2.Exported(v).Interface().(valueInterface)
		return reflect.ValueOf(interp.canonVI(vi, depth))
	case t.Kind() == reflect.Interface:
		if v.IsNil() || t.NumMethod() > 0 {
			return v
		}
		e := unsafe2.Exported(v.Elem())
		vi, ok := e.Interface().(valueInterface)
		if !ok {
			vi, ok = namedVI(e)
		}
		out := reflect.New(t).Elem()
		if !ok {
			if k := e.Kind(); (k == reflect.Struct || k == reflect.Array) && ifaceHoles(e.Type(), 0) {
				out.Set(interp.ifaceKey(e, depth+1))
				return out
			}
			return v
		}
		c := interp.canonVI(vi, depth)
		switch {
		case c.node == nil:
			// A nil interface.
		case c.node.typ == nil || !dynTypeNeeded(c.node.typ):
			// A value of a type that needs no interpreted type: the value
			// itself, as an interface field of interpreted code holds it.
			if x := c.value; x.Kind() == reflect.Interface {
				out.Set(x.Elem())
			} else {
				out.Set(x)
			}
		default:
			out.Set(reflect.ValueOf(c))
		}
		return out
	case t.Kind() == reflect.Struct:
		if !ifaceHoles(t, 0) {
			return v
		}
		out := reflect.New(t).Elem()
		for i := 0; i < t.NumField(); i++ {
			unsafe2.Exported(out.Field(i)).Set(interp.ifaceKey(unsafe2.Exported(v.Field(i)), depth+1))
		}
		return out
	case t.Kind() == reflect.Array:
		if !ifaceHoles(t, 0) {
			return v
		}
		out := reflect.New(t).Elem()
		for i := 0; i < t.Len(); i++ {
			out.Index(i).Set(interp.ifaceKey(unsafe2.Exported(v.Index(i)), depth+1))
		}
		return out
	}
	return v
}

// canonVI returns the canonical valueInterface of vi's type and value: the
// first one made for them (interp.ifaceKeys), its value made canonical too.
// A value of an uncomparable type panics as the runtime does for a map key.
func (interp *Interpreter) canonVI(vi valueInterface, depth int) valueInterface {
	vi = innermostVI(vi)
	if vi.node == nil || !vi.value.IsValid() || vi.value.Kind() == reflect.Interface && vi.value.IsNil() {
		return valueInterface{}
	}
	cv := unsafe2.Exported(vi.value)
	if vi.node.typ == nil || vi.node.interp == nil || !dynTypeNeeded(vi.node.typ) {
		return valueInterface{vi.node, cv}
	}
	inner := interp.ifaceKey(cv, depth+1)
	if !inner.Type().Comparable() {
		panic(runtimeError("hash of unhashable type " + itypeString(vi.node.typ)))
	}
	key := dynMapKey{dynKeyTypeOf(vi.node), inner.Interface()}
	if c, ok := interp.ifaceKeys.Load(key); ok {
		return c.(valueInterface)
	}
	c, _ := interp.ifaceKeys.LoadOrStore(key, valueInterface{key.t.node, reflect.ValueOf(key.v)})
	return c.(valueInterface)
}

// A field of type any of a notebook struct holding a value of a notebook
// type (gonotes patch, s12-iface).
//
// Interpreted code keeps such a value in an any as a valueInterface (its
// type and value, dyntype.go), which compiled code reaching the struct
// through a pointer reads as it is: reflect.ValueOf(&n).Elem().Field(i)
// .Elem() was an interp.valueInterface, where fmt and encoding/json,
// which convert what they are given, saw the value. A field of type any
// is given the value as a value of the named runtime type of its type
// (crossRType) when it has one, which interpreted code reads back as a
// value of its type (namedVI), as it does a value that compiled code
// stored there.

// anyField reports whether n, a destination, is a field of an empty
// interface type of a notebook struct.
func anyField(n *node) bool {
	return n != nil && n.typ != nil && isEmptyInterface(n.typ) && isField(n)
}

// compiledAnyField reports whether n is a field of type any of a compiled
// struct (ring.Ring's Value, list.Element's Value): a value of a notebook
// type assigned to it is stored as a value of its named runtime type, as
// when it is given to a compiled func (gonotes patch, s13: r.Value =
// Task{1} lost Task's String method for fmt and for the funcs that read
// the field back).
func compiledAnyField(n *node) bool {
	if n == nil || n.kind != selectorExpr || n.typ == nil || n.typ.cat != valueT || n.typ.rtype == nil || len(n.child) == 0 || n.child[0].typ == nil {
		return false
	}
	if rt := n.typ.rtype; rt.Kind() != reflect.Interface || rt.NumMethod() != 0 {
		return false
	}
	return isStruct(n.child[0].typ)
}

// genNamedInAny returns value, the value of n made for a place of type any
// (a valueInterface), as a value of the named runtime type of n's type if
// it has one (the value of n converted at once, not its valueInterface).
func genNamedInAny(n *node, value func(*frame) reflect.Value) func(*frame) reflect.Value {
	t := dynConcreteType(n)
	if t == nil || isInterface(t) || isFuncSrc(t) || t.cat == valueT || t.cat == nilT {
		return value
	}
	raw := genValue(n)
	interp := n.interp
	return func(f *frame) reflect.Value {
		if interp.crossOf(t).r == nil {
			return value(f)
		}
		v := raw(f)
		if !v.IsValid() || v.Kind() == reflect.Interface || v.Type() != t.TypeOf() {
			return value(f)
		}
		if nv := interp.toNamed(t, unsafe2.Exported(v)); nv.Type() == interp.crossOf(t).r {
			return nv
		}
		return value(f)
	}
}
