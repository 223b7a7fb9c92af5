// gonotes patch: this file.

package interp

import (
	"reflect"
	"strings"
	"sync"
)

// fmt's arguments of interpreted types as their named runtime types.
//
// fmt (and the other functions whose mapTypes hold fmt.Formatter: log's)
// got a value of an interpreted defined type as its underlying value, or,
// when the type has a method fmt calls, as the interpreter's interface
// wrapper of that method. fmt names an argument's type by its reflect type
// in a bad verb's message and in %#v: `fmt.Printf("%d", Temp(21.5))` with
// `type Temp float64` printed %!d(float64=21.5), and %T of a
// fmt.Stringer holding a value of a type that shares its reflect type
// with another interpreted type named the wrapper (stdlib._fmt_Stringer).
// Such a value is now given as a value of its named runtime type
// (rtname.go, rtcompose.go) when there is one: with its name, and with the
// method table of its exported methods (rtmethods.go), which fmt calls as
// it calls a compiled type's. A type without a named runtime type (no
// stub left, named types not working; s9-methods: a struct with embedded
// fields has the promoted methods in its table, rtpromote.go) is
// given as before. gonotes patch (s10-stringer): errors too, fmt.Errorf's
// arguments included (%w keeps the value with all its methods; errors.Is,
// As and Unwrap see the methods of its runtime type, errwrap.go).

// fmtNamedCandidate reports whether a value of the interpreted type t may
// be given to fmt as a value of its named runtime type (fmtNamedRType):
// a defined type, or a pointer, slice, array, map, chan or unnamed struct
// type made of such types, whose values fmt gets as they are
// (fmtConvert gives no converter for it as an argument).
func fmtNamedCandidate(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type) bool {
	if t == nil || t.untyped || t.incomplete || t.cat == valueT || isInterfaceSrc(t) || isFuncSrc(t) {
		return false
	}
	switch t.cat {
	case nilT, errorT, builtinT, binPkgT, srcPkgT, genericT, funcT:
		return false
	}
	if nameable(t) != 2 && !(t.cat == structT && t.name == "") {
		return false
	}
	if t.cat == structT && t.name == "" {
		return true // fmtStructRType checks its fields
	}
	return fmtConvert(interp, t, getMapType, false, false) == nil
}

// fmtNamedKey identifies the named runtime type of an interpreted type
// with a number of methods (a later cell may declare more).
type fmtNamedKey struct {
	t     *itype
	nmeth int
	mkey  uint64 // methodsKey (gonotes patch): a method declared again
}

// fmtNamedTypes caches fmtNamedRType (a nil reflect.Type: none).
var fmtNamedTypes sync.Map

// fmtNamedRType returns the runtime type a value of t (fmtNamedCandidate)
// is given to fmt as, or nil. It is called at run time, when the methods
// of t are compiled: a type whose methods are not compiled yet has no
// method table, and its named runtime type is not made again.
func (interp *Interpreter) fmtNamedRType(t *itype, getMapType func(*itype) reflect.Type) reflect.Type {
	if t.cat == ptrT && t.name != "" {
		return interp.fmtDefinedPtrRType(t, getMapType) // gonotes patch (s19-misc19)
	}
	key := fmtNamedKey{t, len(t.method), methodsKey(t)}
	if r, ok := fmtNamedTypes.Load(key); ok {
		r, _ := r.(reflect.Type)
		return r
	}
	r := interp.crossRType(t)
	if r == nil && t.cat == structT && t.name == "" {
		r = interp.fmtStructRType(t, getMapType)
	}
	if r != nil && promotesMethods(t) && !hasMethodTable(r) { // s9-methods: unless they are in its table (rtpromote.go)
		// gonotes patch: a struct runtime type (rtstruct.go) has no
		// method table for methods promoted from embedded fields: fmt
		// would not call a promoted String or Error.
		r = nil
	}
	if r != nil && (r.Kind() != t.TypeOf().Kind() || r.Size() != t.TypeOf().Size()) {
		r = nil
	}
	if r == nil {
		fmtNamedTypes.Store(key, nil)
		return nil
	}
	fmtNamedTypes.Store(key, r)
	return r
}

// fmtStructRType returns the struct type of the unnamed struct type t
// whose fields have the runtime types of their interpreted types
// (crossRType): `struct{ L []Level }` is given as `struct { L
// []main.Level }`. It returns nil if no field has one, or if a field whose
// values fmt gets converted (fmtConvert: a field of an interface type, a
// Stringer without a named runtime type) has none.
func (interp *Interpreter) fmtStructRType(t *itype, getMapType func(*itype) reflect.Type) reflect.Type {
	rt := t.TypeOf()
	if rt == nil || rt.Kind() != reflect.Struct || rt.NumField() != len(t.field) {
		return nil
	}
	fields := make([]reflect.StructField, rt.NumField())
	some := false
	for i := range fields {
		sf := rt.Field(i)
		if sf.Anonymous {
			return nil // promoted methods: StructOf does not make them
		}
		fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag}
		ftyp := t.field[i].typ
		if ftyp == nil || isInterfaceSrc(ftyp) {
			return nil
		}
		ft := interp.crossRType(ftyp)
		if ft != nil && (ft.Kind() != sf.Type.Kind() || ft.Size() != sf.Type.Size()) {
			ft = nil
		}
		if sf.IsExported() && fmtConvert(interp, ftyp, getMapType, true, false) != nil &&
			(ft == nil || !fmtNamedCandidate(interp, ftyp, getMapType) || ftyp.cat == structT && ftyp.name == "") {
			return nil
		}
		if ft != nil {
			fields[i].Type = ft
			some = true
		}
	}
	if !some {
		return nil
	}
	var r reflect.Type
	func() {
		defer func() {
			if recover() != nil {
				r = nil
			}
		}()
		r = rtStructOf(fields) // gonotes patch (s17-embedcompiled): embedded fields of types with methods
	}()
	if r == nil || r.Size() != rt.Size() {
		return nil
	}
	return r
}

// genFmtNamedArg returns the value of c given to fmt: a value of its named
// runtime type if it has one, else the value other gives.
func genFmtNamedArg(interp *Interpreter, c *node, other func(*frame) reflect.Value, getMapType func(*itype) reflect.Type) func(*frame) reflect.Value {
	value := genValue(c)
	t := c.typ
	return func(f *frame) reflect.Value {
		if r := interp.fmtNamedRType(t, getMapType); r != nil {
			if v := value(f); v.IsValid() && v.Type() == t.TypeOf() {
				return reinterpret(v, r)
			}
		}
		return other(f)
	}
}

// fmtNamedVI returns the value vi of an interpreted type given to fmt as a
// value of its named runtime type, or an invalid value if it has none.
func fmtNamedVI(vi valueInterface, getMapType func(*itype) reflect.Type) reflect.Value {
	vi = innermostVI(vi)
	if vi.node == nil || vi.node.interp == nil || !vi.value.IsValid() {
		return reflect.Value{}
	}
	t := vi.node.typ
	if vi.value.Type() != t.TypeOf() || !fmtNamedCandidateOf(vi.node.interp, t, getMapType) {
		return reflect.Value{}
	}
	if r := vi.node.interp.fmtNamedRType(t, getMapType); r != nil {
		return reinterpret(vi.value, r)
	}
	return reflect.Value{}
}

// fmtCandidates caches fmtNamedCandidate of the values held by interfaces
// (one getMapType for fmt's functions: their mapTypes are one list).
var fmtCandidates sync.Map

// fmtNamedCandidateOf is fmtNamedCandidate of the type of a value held by
// an interface, cached.
func fmtNamedCandidateOf(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type) bool {
	key := fmtNamedKey{t, len(t.method), methodsKey(t)}
	if ok, found := fmtCandidates.Load(key); found {
		return ok.(bool)
	}
	ok := fmtNamedCandidate(interp, t, getMapType)
	fmtCandidates.Store(key, ok)
	return ok
}

// genFmtAnyArg returns the value of c, of an empty interface type, given to
// fmt: the value it holds as a value of its named runtime type if it has
// one, else the value other gives.
func genFmtAnyArg(c *node, getMapType func(*itype) reflect.Type, other func(*frame) reflect.Value) func(*frame) reflect.Value {
	value := genValue(c)
	return func(f *frame) reflect.Value {
		if v := value(f); v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() && v.Elem().Type() == valueInterfaceType {
			if nv := fmtNamedVI(v.Elem().Interface().(valueInterface), getMapType); nv.IsValid() {
				return nv
			}
		}
		r := other(f)
		// gonotes patch: an any holding a container of anys that hold
		// notebook values (var x any = []any{P{1}}): its elements as
		// named runtime values (crossDeep, a copy: fmt only reads), not
		// the interpreter's valueInterfaces.
		if e := r; e.IsValid() && (e.Kind() == reflect.Interface && !e.IsNil() && composeKind(e.Elem().Kind()) || e.Kind() == reflect.Slice || e.Kind() == reflect.Map || e.Kind() == reflect.Array) {
			if cv, ok := c.interp.crossDeep(r, 0); ok {
				return cv
			}
		}
		return r
	}
}

// genFmtErrorArg returns the value of c, of the type error, given to fmt:
// the value held by the wrapper it holds as a value of its named runtime
// type if it has one, else the value other gives.
func genFmtErrorArg(interp *Interpreter, c *node, getMapType func(*itype) reflect.Type, other func(*frame) reflect.Value) func(*frame) reflect.Value {
	value := genValue(c)
	return func(f *frame) reflect.Value {
		if vi, ok := interp.wrappedVI(value(f)); ok {
			if nv := fmtNamedVI(vi, getMapType); nv.IsValid() {
				return nv
			}
		}
		return other(f)
	}
}

// promotesMethods reports whether t, or the type t points to, is a struct
// type with an embedded field that has methods (gonotes patch).
func promotesMethods(t *itype) bool {
	for i := 0; i < 4 && t != nil; i++ {
		switch t.cat {
		case ptrT, linkedT:
			t = t.val
			continue
		case structT:
			for _, f := range t.field {
				if f.embed && f.typ != nil && len(f.typ.methods()) > 0 {
					return true
				}
			}
		}
		return false
	}
	return false
}

// fmtDefinedPtrKey identifies the runtime type fmtDefinedPtrRType makes: a
// defined pointer type and the runtime type of its pointee then (a later
// cell may give the pointee's type more methods). gonotes patch (s19-misc19).
type fmtDefinedPtrKey struct {
	t    *itype
	elem reflect.Type
}

// fmtDefinedPtrTypes caches fmtDefinedPtrRType. gonotes patch (s19-misc19).
var fmtDefinedPtrTypes sync.Map

// fmtDefinedPtrRType returns the runtime type a value of the defined
// pointer type t (type IP *Inner) is given to fmt as: a named pointer type
// (main.IP) without methods, as t has none, whose element is the named
// runtime type of t's pointee, with the pointee's methods (main.Inner,
// fmtNamedRType). fmt then does what it does with Go's: at the top it
// prints & and the pointee through its String method (&inner3, it printed
// &{3}), names the type in a bad verb's message (%!s(main.IP=<nil>)), and
// prints the address for %p. The type is made for fmt only (not the type
// of t's values elsewhere: reflect.TypeOf is unchanged). nil if t's
// pointee has no named runtime type and t is not named in its package.
// gonotes patch (s19-misc19).
func (interp *Interpreter) fmtDefinedPtrRType(t *itype, getMapType func(*itype) reflect.Type) reflect.Type {
	if t.val == nil || t.path == "" || t.incomplete || !plainName(t.name) {
		return nil
	}
	// The pointee's named runtime type (cached), then this type's (cached
	// for that pointee type): a call of fmt does no more.
	var named reflect.Type
	if t.val != t && t.val.cat != ptrT && fmtNamedCandidateOf(interp, t.val, getMapType) {
		named = interp.fmtNamedRType(t.val, getMapType)
	}
	key := fmtDefinedPtrKey{t, named}
	if r, ok := fmtDefinedPtrTypes.Load(key); ok {
		r, _ := r.(reflect.Type)
		return r
	}
	var r reflect.Type
	if under := t.TypeOf(); under != nil && under.Kind() == reflect.Ptr {
		elem := under.Elem()
		switch k := elem.Kind(); {
		case k != reflect.Struct && k != reflect.Array && k != reflect.Slice && k != reflect.Map:
			// fmt prints the address: the pointee is not looked at.
		case named != nil && named.Kind() == k && named.Size() == elem.Size():
			elem = named
		}
		pkg := t.path
		r = makeNamedRType(reflect.PointerTo(elem), pkg[strings.LastIndex(pkg, "/")+1:]+"."+t.name, pkg)
		if r != nil && (r.Kind() != reflect.Ptr || r.Elem() != elem) {
			r = nil
		}
	}
	if old, loaded := fmtDefinedPtrTypes.LoadOrStore(key, r); loaded {
		r, _ = old.(reflect.Type)
	}
	return r
}
