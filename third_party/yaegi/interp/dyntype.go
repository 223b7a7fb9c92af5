// gonotes patch: this file.

package interp

import (
	"reflect"
	"sync"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// The reflect type of a value of an interpreted defined type is its
// underlying type (`type Celsius float64` is a float64, `type A []int` a
// []int), so a value stored as itself in an empty interface has lost its
// type: `var x any = Celsius(1)` printed float64 for %T, matched
// `x.(float64)`, and `x.(Named)` failed for a type with methods. A value of
// such a type assigned to a variable of an empty interface type is stored
// as a valueInterface, which keeps its interpreted type (as a non-empty
// interface does), and the places reading an empty interface (type
// assertions, type switches, comparisons, calls of compiled functions)
// take the dynamic type from it. Values reaching an empty interface
// elsewhere (elements of containers, compiled code) are still stored as
// themselves, and matched by their reflect type as before.

// dynTypeNeeded reports whether a value of type t needs its interpreted type
// kept in an empty interface: t is a defined type of interpreted code, or a
// composite type (pointer, slice, array, map, chan, struct) of interpreted
// code, whose reflect type is that of other types too.
func dynTypeNeeded(t *itype) bool {
	if t == nil || t.untyped || t.incomplete || isInterfaceSrc(t) {
		return false
	}
	switch t.cat {
	case valueT, nilT, funcT, errorT, builtinT, binPkgT, srcPkgT, genericT:
		return false
	case ptrT, sliceT, arrayT, mapT, chanT, chanSendT, chanRecvT, structT:
		// A pointer to a compiled type: its reflect type is exact.
		return t.name != "" || t.cat != ptrT || t.val == nil || t.val.cat != valueT
	}
	// A defined type (predeclared types such as int have no path).
	return t.name != "" && t.path != ""
}

// dynKey returns the name of the type of an operand of a comparison of
// interfaces, for an operand of static type t: "" (unknown) for an
// interface, whose dynamic type dynOperand finds.
func dynKey(t *itype) string {
	if t == nil || t.cat == nilT || isInterfaceSrc(t) || isInterfaceBin(t) {
		return ""
	}
	if t.untyped {
		switch t.cat {
		case boolT:
			return "bool"
		case intT:
			return "int"
		case int32T:
			return "int32"
		case float64T:
			return "float64"
		case complex128T:
			return "complex128"
		case stringT:
			return "string"
		}
		return ""
	}
	return t.id()
}

// dynOperand returns the value v of an operand of static type key (from
// dynKey) for a comparison of interfaces, and the name of its dynamic type
// if it is known: a valueInterface holding a value gives its interpreted
// type, a value stored as itself in an interface gives "".
func dynOperand(v reflect.Value, key string) (string, interface{}) {
	if !v.IsValid() {
		return "", nil
	}
	if key != "" {
		return key, v.Interface()
	}
	i := v.Interface()
	vi, ok := i.(valueInterface)
	if !ok {
		return "", wrapperValue(i)
	}
	for {
		if vi.node == nil || vi.node.typ == nil || vi.node.typ.cat == nilT || !vi.value.IsValid() {
			return "", nil
		}
		next, ok := vi.value.Interface().(valueInterface)
		if !ok {
			break
		}
		vi = next
	}
	k := dynKey(vi.node.typ)
	v = vi.value
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "", nil
		}
		v = v.Elem()
		k = ""
	}
	return k, wrapperValue(v.Interface())
}

// wrapperValue returns the value held by i if it is the wrapper of an
// interpreted value for a compiled interface (its first field IValue),
// which is not comparable (its other fields are funcs), or i.
func wrapperValue(i interface{}) interface{} {
	if i == nil {
		return nil
	}
	rv := reflect.ValueOf(i)
	if rv.Kind() == reflect.Struct && rv.NumField() > 0 && rv.Type().Field(0).Name == "IValue" {
		return rv.Field(0).Interface()
	}
	return i
}

// ifaceEqual reports whether two operands of a comparison (one of them of
// an interface type) are equal: same dynamic type where both are known,
// and equal values.
func ifaceEqual(v0 reflect.Value, k0 string, v1 reflect.Value, k1 string) bool {
	t0, i0 := dynOperand(v0, k0)
	t1, i1 := dynOperand(v1, k1)
	if t0 != "" && t1 != "" && t0 != t1 {
		return false
	}
	return i0 == i1
}

// emptyIfaceDyn returns the valueInterface held by v, a value of an empty
// interface type, and whether it holds one with an interpreted dynamic type.
func emptyIfaceDyn(v reflect.Value) (valueInterface, bool) {
	if !v.IsValid() {
		return valueInterface{}, false
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return valueInterface{}, false
		}
		v = v.Elem()
	}
	if v.Type() != valueInterfaceType {
		return valueInterface{}, false
	}
	vi := v.Interface().(valueInterface)
	if vi.node == nil || vi.node.typ == nil || !vi.value.IsValid() || !dynTypeNeeded(vi.node.typ) {
		return vi, false
	}
	return vi, true
}

// genEmptyIfaceArg returns the value of c, an argument of an empty
// interface type in a call of a compiled function: the value itself, not
// the valueInterface keeping its interpreted type; for the functions with
// mapTypes (fmt), a value whose type has methods fmt calls is converted as
// an element of a slice is (fmtconv.go).
func genEmptyIfaceArg(interp *Interpreter, c *node, getMapType func(*itype) reflect.Type, marshal bool) func(*frame) reflect.Value {
	value := genValue(c)
	var mu sync.Mutex
	convs := map[*itype]func(*frame, reflect.Value) reflect.Value{}
	return func(f *frame) reflect.Value {
		v := value(f)
		if !v.IsValid() || v.Kind() != reflect.Interface || v.IsNil() || v.Elem().Type() != valueInterfaceType {
			return v
		}
		vi := v.Elem().Interface().(valueInterface)
		for {
			next, ok := vi.value.Interface().(valueInterface)
			if !ok || !vi.value.IsValid() {
				break
			}
			vi = next
		}
		if vi.node == nil || !vi.value.IsValid() {
			return reflect.New(emptyInterfaceType).Elem()
		}
		cv := vi.value
		if getMapType != nil && vi.node.typ != nil {
			mu.Lock()
			conv, ok := convs[vi.node.typ]
			if !ok {
				conv = fmtConvert(interp, vi.node.typ, getMapType, true, marshal)
				convs[vi.node.typ] = conv
			}
			mu.Unlock()
			if conv != nil {
				return conv(f, cv)
			}
		}
		return cv
	}
}

// genMapKey returns the value of n, a key of a map of type mt: for a map
// with keys of an empty interface type, the value itself, not a
// valueInterface, which holds a reflect.Value (hashed by its pointer).
func genMapKey(n *node, mt *itype) func(*frame) reflect.Value {
	value := genValue(n)
	for mt != nil && mt.cat == linkedT {
		mt = mt.val
	}
	if mt == nil || mt.cat != mapT || !isEmptyInterface(mt.key) {
		return value
	}
	return func(f *frame) reflect.Value {
		v := value(f)
		if v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() && v.Elem().Type() == valueInterfaceType {
			if v = valueInterfaceValue(v); !v.IsValid() {
				return reflect.New(emptyInterfaceType).Elem()
			}
		}
		return v
	}
}

// anyInterface reports whether one of nodes has an interface type.
func anyInterface(nodes []*node) bool {
	for _, c := range nodes {
		if c.typ != nil && isInterface(c.typ) {
			return true
		}
	}
	return false
}

// genDynValue returns the valueInterface of a copy of the value of n, whose
// type is concrete, for an assignment to a variable of an empty interface
// type (a later change of the source must not change the interface).
func genDynValue(n *node) func(*frame) reflect.Value {
	value := genValue(n)
	return func(f *frame) reflect.Value {
		v := value(f)
		if !v.IsValid() {
			return reflect.New(emptyInterfaceType).Elem()
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(unsafe2.Exported(v))
		return reflect.ValueOf(valueInterface{n, c})
	}
}
