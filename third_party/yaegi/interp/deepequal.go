// gonotes patch: this file (s13-ifacefield).

package interp

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// reflect.DeepEqual of values holding values of interface types declared
// in interpreted code.
//
// A value of such an interface type is the interpreter's valueInterface (a
// node of its dynamic type and a reflect.Value of the value held), also as
// a struct field, a slice or array element or a map value, where it has
// that struct type: reflect.DeepEqual compared the two structs, the nodes
// and the reflect.Values (pointers), so that two ASTs built alike
// (&Bin{L: Num{1}}), two []Shape{Sq{1}} or two Shape variables holding
// Sq{3} were not deeply equal. The arguments of reflect.DeepEqual are
// converted as before (genDeepEqualArg: the values held by the
// valueInterfaces of slices and maps of interface types, a value of a
// defined type as a value of its runtime type or with its type), and
// compared by interpDeepEqual, which follows the rules of reflect.DeepEqual
// (the documentation's) and compares a valueInterface as an interface
// holding the value genDeepEqualArg would give for it (deepHeld).

// deepVisit is a comparison under way of two pointers, slices or maps of
// one type: met again (a cycle), they are taken as equal, as DeepEqual does.
type deepVisit struct {
	a, b unsafe.Pointer
	t    reflect.Type
}

type deepCmp struct {
	seen map[deepVisit]bool
}

// interpDeepEqual is reflect.DeepEqual for the interpreter's values.
func interpDeepEqual(x, y any) bool {
	if x == nil || y == nil {
		if x == nil && y == nil {
			return true
		}
	} else if tx, ty := reflect.TypeOf(x), reflect.TypeOf(y); tx != valueInterfaceType && ty != valueInterfaceType && !holdsIfaces(tx) && !holdsIfaces(ty) {
		return reflect.DeepEqual(x, y)
	}
	d := deepCmp{}
	return d.iface(reflect.ValueOf(x), reflect.ValueOf(y), 0)
}

// deepHeld returns the value held by v, the value of an interface: the
// value held by a valueInterface as genDeepEqualArg gives the values held
// by the valueInterfaces of an argument (deepUnwrapDyn: a value of a
// defined type as a value of its runtime type, or with its type), or v;
// an invalid value for a nil interface.
func deepHeld(v reflect.Value) reflect.Value {
	for k := 0; v.IsValid() && k < 16; k++ {
		switch {
		case v.Kind() == reflect.Interface:
			if v.IsNil() {
				return reflect.Value{}
			}
			v = v.Elem()
		case v.Type() == valueInterfaceType:
			v = deepUnwrapDyn(unsafe2.Exported(v), 0)
		default:
			return v
		}
	}
	return v
}

// deepVI returns the valueInterface v is, or holds, if it holds a value
// (not an interface) of a known type.
func deepVI(v reflect.Value) (valueInterface, bool) {
	if v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || v.Type() != valueInterfaceType {
		return valueInterface{}, false
	}
	vi := unsafe2.Exported(v).Interface().(valueInterface)
	for k := 0; k < 16 && vi.value.IsValid() && vi.value.Type() == valueInterfaceType; k++ {
		vi = unsafe2.Exported(vi.value).Interface().(valueInterface)
	}
	ok := vi.node != nil && vi.node.typ != nil && vi.value.IsValid() && vi.value.Type() != valueInterfaceType && vi.value.Kind() != reflect.Interface
	return vi, ok
}

// iface compares a and b as the values of two interfaces: the same
// dynamic type, and deeply equal values.
func (d *deepCmp) iface(a, b reflect.Value, depth int) bool {
	if va, ok := deepVI(a); ok {
		if vb, ok := deepVI(b); ok && va.value.Type() == vb.value.Type() && (va.node.typ == vb.node.typ || va.node.typ.id() == vb.node.typ.id()) {
			// Two values of one interpreted type: their values.
			return d.equal(va.value, vb.value, depth)
		}
	}
	ha, hb := deepHeld(a), deepHeld(b)
	if !ha.IsValid() || !hb.IsValid() {
		return ha.IsValid() == hb.IsValid()
	}
	if ha.Type() != hb.Type() {
		return false
	}
	return d.equal(ha, hb, depth)
}

// visited notes the comparison of the pointers a and b of type t and
// reports whether it is under way already.
func (d *deepCmp) visited(a, b unsafe.Pointer, t reflect.Type) bool {
	if d.seen == nil {
		d.seen = map[deepVisit]bool{}
	}
	k := deepVisit{a, b, t}
	if d.seen[k] {
		return true
	}
	d.seen[k] = true
	return false
}

// equal compares a and b, of one type, deeply.
func (d *deepCmp) equal(a, b reflect.Value, depth int) bool {
	depth++
	switch a.Kind() {
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	case reflect.Complex64, reflect.Complex128:
		return a.Complex() == b.Complex()
	case reflect.String:
		return a.String() == b.String()
	}
	t := a.Type()
	if !holdsIfaces(t) {
		// No interface inside: reflect.DeepEqual compares as Go does.
		return reflect.DeepEqual(unsafe2.Exported(a).Interface(), unsafe2.Exported(b).Interface())
	}
	switch a.Kind() {
	case reflect.Struct:
		if t == valueInterfaceType {
			return d.iface(a, b, depth)
		}
		for i := 0; i < a.NumField(); i++ {
			if !d.equal(a.Field(i), b.Field(i), depth) {
				return false
			}
		}
		return true
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return d.iface(a.Elem(), b.Elem(), depth)
	case reflect.Ptr:
		if a.Pointer() == b.Pointer() {
			return true
		}
		if a.IsNil() || b.IsNil() {
			return false
		}
		if d.visited(a.UnsafePointer(), b.UnsafePointer(), t) {
			return true
		}
		return d.equal(a.Elem(), b.Elem(), depth)
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if !d.equal(a.Index(i), b.Index(i), depth) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		if a.Len() == 0 || a.UnsafePointer() == b.UnsafePointer() {
			return true
		}
		if d.visited(a.UnsafePointer(), b.UnsafePointer(), t) {
			return true
		}
		for i := 0; i < a.Len(); i++ {
			if !d.equal(a.Index(i), b.Index(i), depth) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		if a.UnsafePointer() == b.UnsafePointer() {
			return true
		}
		if d.visited(a.UnsafePointer(), b.UnsafePointer(), t) {
			return true
		}
		a, b = unsafe2.Exported(a), unsafe2.Exported(b)
		it := a.MapRange()
		for it.Next() {
			bv := b.MapIndex(it.Key())
			if !bv.IsValid() || !d.equal(it.Value(), bv, depth) {
				return false
			}
		}
		return true
	case reflect.Func:
		return a.IsNil() && b.IsNil()
	default:
		// Booleans, numbers (NaN differs from itself), strings, chans
		// and unsafe pointers compare with ==.
		return unsafe2.Exported(a).Interface() == unsafe2.Exported(b).Interface()
	}
}

// ifaceHolders caches holdsIfaces by reflect type.
var ifaceHolders sync.Map

// holdsIfaces reports whether values of t may hold values of interface
// types (valueInterfaces included), in fields, elements, keys or through
// pointers.
func holdsIfaces(t reflect.Type) bool {
	if r, ok := ifaceHolders.Load(t); ok {
		return r.(bool)
	}
	r := holdsIfacesIn(t, map[reflect.Type]bool{})
	ifaceHolders.Store(t, r)
	return r
}

func holdsIfacesIn(t reflect.Type, seen map[reflect.Type]bool) bool {
	if t == valueInterfaceType || t.Kind() == reflect.Interface {
		return true
	}
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Ptr, reflect.Slice, reflect.Array, reflect.Chan:
		return holdsIfacesIn(t.Elem(), seen)
	case reflect.Map:
		return holdsIfacesIn(t.Key(), seen) || holdsIfacesIn(t.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if holdsIfacesIn(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}
