// gonotes patch: this file.

package interp

import (
	"reflect"
	"sync"
	"sync/atomic"
)

// Composite runtime types of interpreted defined types (see rtname.go).
//
// A pointer to, or a slice, array, map or chan of, an interpreted defined
// type has as reflect type the pointer to (slice of, ...) the underlying
// type: reflect.TypeOf([]ID{1}) is []int, reflect.TypeOf(&Point{}).Elem()
// has no name. Where a named runtime type exists for the element (or key)
// types, the composite type given to compiled code is built from it with
// reflect.PointerTo, SliceOf, ArrayOf, MapOf and ChanOf: []main.ID,
// *main.Point, map[main.ID]main.Point. The two types have the same memory
// layout (a named copy is its underlying type with a name), so a value is
// given as the same memory seen with the composite type (reinterpret), and
// a value of such a type coming back from compiled code is mapped back to
// its interpreted type (namedVI). A defined type whose underlying type is
// such a composite (type IDs []ID) gets a named copy of the composite.

// composedMade counts the composite runtime types made (namedVI looks them
// up only after the first).
var composedMade atomic.Int64

// composeKinds are the reflect kinds of composite runtime types.
func composeKind(k reflect.Kind) bool {
	switch k {
	case reflect.Ptr, reflect.Slice, reflect.Array, reflect.Map, reflect.Chan, reflect.Struct, reflect.Func: // gonotes patch: Struct (rtstruct.go), Func (s12-iface)
		return true
	}
	return false
}

// crossRType returns the runtime type a value of the interpreted type t is
// given to compiled code as an any: its named runtime type, or a
// composite type of named runtime types, or nil if t has neither (values
// are given with t's reflect type).
func (interp *Interpreter) crossRType(t *itype) reflect.Type {
	if r := interp.namedRType(t); r != nil {
		return r
	}
	return interp.composedRType(t)
}

// composedUnder returns the type of the underlying type of t (a composite
// type) built from the runtime types its element and key types are given
// as (crossRType), or nil if none of them has one.
func (interp *Interpreter) composedUnder(t *itype) reflect.Type {
	if t == nil || t.incomplete || t.untyped || t.val == t { // gonotes patch: type L []L is named already (rtself.go)
		return nil
	}
	switch t.cat {
	case ptrT, sliceT, arrayT, mapT, chanT, chanSendT, chanRecvT:
	case structT, linkedT: // gonotes patch: struct fields (rtstruct.go)
		return interp.structUnder(t)
	case funcT: // gonotes patch (s12-iface): the signature of the runtime types (crossFuncType)
		if t.name != "" || t.selfFunc || hasIfaceSig(t) { // not the same memory: ifacefunc.go
			return nil
		}
		r, _, _ := interp.crossFuncType(t.TypeOf(), t.arg, t.ret)
		return r
	default:
		return nil
	}
	if t.val == nil || t.val.cat == valueT && t.cat != mapT {
		return nil
	}
	under := t.TypeOf()
	if under == nil || !composeKind(under.Kind()) {
		return nil
	}
	elem := interp.crossRType(t.val)
	var key reflect.Type
	if t.cat == mapT {
		key = interp.crossRType(t.key)
		if key == nil && elem == nil {
			return nil
		}
		if key == nil {
			key = under.Key()
		}
		if !key.Comparable() {
			return nil
		}
	} else if elem == nil {
		return nil
	}
	if elem == nil {
		elem = under.Elem()
	}
	if elem.Size() != under.Elem().Size() || elem.Kind() != under.Elem().Kind() {
		return nil
	}
	var r reflect.Type
	switch under.Kind() {
	case reflect.Ptr:
		r = reflect.PointerTo(elem)
	case reflect.Slice:
		r = reflect.SliceOf(elem)
	case reflect.Array:
		r = reflect.ArrayOf(under.Len(), elem)
	case reflect.Map:
		if key.Size() != under.Key().Size() || key.Kind() != under.Key().Kind() {
			return nil
		}
		r = reflect.MapOf(key, elem)
	case reflect.Chan:
		r = reflect.ChanOf(under.ChanDir(), elem)
	}
	if r == nil || r.Size() != under.Size() || r.Kind() != under.Kind() {
		return nil
	}
	return r
}

// composedRType returns the composite runtime type of t, an unnamed
// pointer, slice, array, map or chan type (composedUnder), or nil.
func (interp *Interpreter) composedRType(t *itype) reflect.Type {
	if t == nil || t.name != "" || !namedTypesWork() {
		return nil
	}
	switch t.cat {
	case ptrT, sliceT, arrayT, mapT, chanT, chanSendT, chanRecvT, structT, funcT: // gonotes patch: structT (rtstruct.go), funcT (s12-iface)
	default:
		return nil
	}
	// gonotes patch: by the type first, then by the runtime types it is
	// made of (rtstruct.go).
	k, g, r, ok := interp.itypeLoad(t, true)
	if ok {
		return r
	}
	// gonotes patch (s15-noticedb): a type met again while it is being
	// composed (a struct with a field map[reflect.Type]func(*Container)
	// (any, error): the func's parameter leads back to the struct) has no
	// composite type there, as a signature met again has none (sigBuilding);
	// nothing is kept for it. It recursed until the stack overflowed
	// (fmt.Printf("%T", c) ended the kernel).
	if _, busy := composing.LoadOrStore(t, nil); busy {
		return nil
	}
	defer composing.Delete(t)
	r = interp.composedRTypeOf(t)
	interp.named.Store(k, itypeEntry{r, g})
	return r
}

// composing holds the types composedRType is making. gonotes patch
// (s15-noticedb).
var composing sync.Map

// composedRTypeOf is composedRType without the look-up by the type
// itself. gonotes patch: rtstruct.go.
func (interp *Interpreter) composedRTypeOf(t *itype) reflect.Type {
	under := t.TypeOf()
	if under == nil {
		return nil
	}
	r := interp.composedUnder(t)
	if r == nil {
		return nil
	}
	key := namedKey{id: "\x00" + t.id(), under: under, deps: r}
	if old, loaded := interp.named.LoadOrStore(key, r); loaded {
		if old == nil {
			return nil
		}
		return old.(reflect.Type)
	}
	composedMade.Add(1)
	rtGen.Add(1)
	namedBacks.Store(r, &namedBack{t: t, n: &node{kind: identExpr, typ: t, interp: interp}})
	return r
}

// reinterpret returns v as a value of type to, a type with the same
// memory layout: a conversion if reflect allows it, else a copy of v's
// memory seen as a value of type to. It returns v if the kinds or sizes
// differ.
func reinterpret(v reflect.Value, to reflect.Type) reflect.Value {
	vt := v.Type()
	if vt == to {
		return v
	}
	if vt.ConvertibleTo(to) {
		return v.Convert(to)
	}
	if vt.Kind() != to.Kind() || vt.Size() != to.Size() {
		return v
	}
	if vt.Kind() == reflect.Ptr && vt.Elem().Size() == to.Elem().Size() { // gonotes patch: the same memory (rtstruct.go)
		if v.IsNil() {
			return reflect.Zero(to)
		}
		p := reflect.NewAt(to.Elem(), v.UnsafePointer())
		if p.Type() != to {
			p = p.Convert(to) // gonotes patch (s19-misc19): a defined pointer type (fmtDefinedPtrRType)
		}
		return p
	}
	p := reflect.New(vt)
	p.Elem().Set(v)
	return reflect.NewAt(to, p.UnsafePointer()).Elem()
}

// composedVI returns the valueInterface of v if its type is a composite
// runtime type (composedRType).
func composedVI(v reflect.Value) (valueInterface, bool) {
	if composedMade.Load() == 0 || !composeKind(v.Kind()) {
		return valueInterface{}, false
	}
	return backVI(v) // rtname.go
}
