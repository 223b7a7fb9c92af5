// gonotes patch: this file (s8 jsongen). Decoders and interface values
// holding pointers; the type names in the errors of encoders and decoders.

package interp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// A decoder given a non-nil interface holding a non-nil pointer decodes
// into the value pointed to (encoding/json's indirect). A notebook value
// held by an interface is a valueInterface (its type and value, dyntype.go),
// which a decoder sees as a struct it cannot fill: it replaced it with a
// new map[string]any, silently (`c := Config{Extra: &Inner{}}` decoded
// Extra as a map). ifaceFieldPaths lists the interface slots of the value
// a decoder's pointer argument points to, and exposeIfacePtrs gives the
// decoder the pointers such slots hold, restoring the valueInterface after
// the call when the decoder left the pointer in place.

// ifacePtrExposer returns, for the type t of a decoder's argument (a
// pointer), the func exposing the pointers held by the interface slots
// of the value it points to, or nil if it has none. The func returns the
// argument to give and the func restoring the slots. A pointer to a
// variable of an interpreted interface type with methods (a valueInterface
// struct to reflect) holding a non-nil pointer is replaced with that
// pointer (a JSON null then leaves the variable as it is, where Go sets it
// to nil).
func ifacePtrExposer(t *itype) func(reflect.Value) (reflect.Value, func()) {
	if t == nil || t.cat != ptrT || t.val == nil {
		return nil
	}
	if isInterfaceSrc(t.val) && t.val.TypeOf() == valueInterfaceType {
		return func(p reflect.Value) (reflect.Value, func()) {
			if p.Kind() == reflect.Ptr && !p.IsNil() {
				if ptr, ok := viPointer(p.Elem()); ok {
					return ptr, nil
				}
			}
			return p, nil
		}
	}
	paths := ifaceFieldPaths(t.val, nil, map[*itype]bool{})
	if paths == nil {
		return nil
	}
	return func(p reflect.Value) (reflect.Value, func()) {
		if p.Kind() != reflect.Ptr || p.IsNil() {
			return p, nil
		}
		return p, exposeIfacePtrs(p.Elem(), paths)
	}
}

// ifaceFieldPaths returns the index paths from a value of type t to its
// interface slots: t itself, or exported fields of t and of its struct
// fields (not through pointers, slices or maps), or nil.
func ifaceFieldPaths(t *itype, prefix []int, seen map[*itype]bool) [][]int {
	if t == nil || seen[t] {
		return nil
	}
	if isInterfaceSrc(t) {
		return [][]int{append([]int(nil), prefix...)}
	}
	for t.cat == linkedT && t.val != nil {
		t = t.val
	}
	if t.cat != structT {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	var paths [][]int
	for i, fl := range t.field {
		if !canExport(fl.name) && !fl.embed {
			continue
		}
		paths = append(paths, ifaceFieldPaths(fl.typ, append(prefix, i), seen)...)
	}
	return paths
}

// exposeIfacePtrs sets each interface slot of v at paths that holds a
// valueInterface of a non-nil pointer to the pointer itself, and returns
// the func restoring the valueInterfaces of the slots that still hold
// their pointer.
func exposeIfacePtrs(v reflect.Value, paths [][]int) func() {
	var restores []func()
	for _, p := range paths {
		s := v
		if len(p) > 0 {
			s = fieldAt(v, p)
		}
		if !s.IsValid() || s.Kind() != reflect.Interface || s.IsNil() || !s.CanSet() {
			continue
		}
		vi, ok := s.Elem().Interface().(valueInterface)
		if !ok {
			continue
		}
		ptr := vi.value
		if !ptr.IsValid() || ptr.Kind() != reflect.Ptr || ptr.IsNil() || !ptr.CanInterface() || !ptr.Type().AssignableTo(s.Type()) {
			continue
		}
		s.Set(ptr)
		restores = append(restores, func() {
			if e := s.Elem(); e.IsValid() && e.Type() == ptr.Type() && e.Pointer() == ptr.Pointer() {
				s.Set(reflect.ValueOf(vi))
			}
		})
	}
	if restores == nil {
		return nil
	}
	return func() {
		for _, r := range restores {
			r()
		}
	}
}

// fieldAt returns the settable field of the struct v at the index path p,
// or an invalid value.
func fieldAt(v reflect.Value, p []int) reflect.Value {
	for _, i := range p {
		if v.Kind() != reflect.Struct || i >= v.NumField() {
			return reflect.Value{}
		}
		v = v.Field(i)
	}
	return v
}

// The errors of encoding/json that name a type (UnmarshalTypeError,
// InvalidUnmarshalError) hold its reflect type, which for a notebook
// struct type is a struct literal: "json: Unmarshal(non-pointer struct {
// Name string; ... })" where Go says main.Person. errTypeNames maps the
// reflect types of the notebook struct types reachable from the arguments
// of a call to those types, and fixErrorType sets the Type of such an
// error to the type's named runtime type (rtname.go).

// errTypeNames returns the notebook defined struct types reachable from
// the types of args by their reflect types (nil for a reflect type shared
// by two of them), or nil if there are none.
func errTypeNames(args []*node) map[reflect.Type]*itype {
	var names map[reflect.Type]*itype
	seen := map[*itype]bool{}
	var walk func(t *itype)
	walk = func(t *itype) {
		if t == nil || seen[t] || t.incomplete {
			return
		}
		seen[t] = true
		// gonotes patch (s15-noticedb): defined slice, array and map
		// types too (json: Unmarshal(non-pointer main.Points)).
		switch t.cat {
		case structT, sliceT, arrayT, mapT:
			if t.name != "" && t.path != "" {
				if rt := t.TypeOf(); rt != nil && rt.Name() == "" && (t.cat != structT || rt.Kind() == reflect.Struct) {
					if names == nil {
						names = map[reflect.Type]*itype{}
					}
					if o, ok := names[rt]; ok && o != t {
						names[rt] = nil
					} else {
						names[rt] = t
					}
				}
			}
		}
		switch t.cat {
		case ptrT, sliceT, arrayT, chanT:
			walk(t.val)
		case mapT:
			walk(t.key)
			walk(t.val)
		case linkedT:
			walk(t.val)
		case structT:
			for _, fl := range t.field {
				walk(fl.typ)
			}
		}
	}
	for _, c := range args {
		walk(c.typ)
	}
	return names
}

// fixErrorType sets the Type of the *json.UnmarshalTypeError or
// *json.InvalidUnmarshalError errv (an error interface value) to the
// named runtime type of the notebook type names has for it.
func (interp *Interpreter) fixErrorType(errv reflect.Value, names map[reflect.Type]*itype) {
	if !errv.IsValid() || errv.Kind() != reflect.Interface || errv.IsNil() {
		return
	}
	e := errv.Elem()
	if e.Kind() != reflect.Ptr || e.IsNil() {
		return
	}
	switch e.Type().Elem().PkgPath() + "." + e.Type().Elem().Name() {
	case "encoding/json.UnmarshalTypeError", "encoding/json.InvalidUnmarshalError":
	case "encoding/xml.UnsupportedTypeError": // gonotes patch (s16-public11b)
	default:
		return
	}
	tf := e.Elem().FieldByName("Type")
	if !tf.IsValid() || !tf.CanSet() || tf.IsNil() {
		return
	}
	rt, _ := tf.Interface().(reflect.Type)
	var named func(rt reflect.Type) reflect.Type
	named = func(rt reflect.Type) reflect.Type {
		switch rt.Kind() {
		case reflect.Ptr:
			if n := named(rt.Elem()); n != nil {
				return reflect.PointerTo(n)
			}
			return nil
		case reflect.Slice, reflect.Array, reflect.Map, reflect.Chan:
			// gonotes patch (s16-knownwrong, s16-public11b): the
			// composites of the notebook's types ([]main.Q, not
			// []struct { ... }; chan main.Point in xml's errors), after
			// the defined ones (type Points []Point).
			if rt.Name() != "" || names[rt] != nil {
				break
			}
			e := named(rt.Elem())
			if rt.Kind() == reflect.Slice && e != nil {
				return reflect.SliceOf(e)
			}
			if rt.Kind() == reflect.Array && e != nil {
				return reflect.ArrayOf(rt.Len(), e)
			}
			if rt.Kind() == reflect.Chan && e != nil {
				return reflect.ChanOf(rt.ChanDir(), e)
			}
			if rt.Kind() == reflect.Map {
				k := named(rt.Key())
				if k == nil && e == nil || k != nil && !k.Comparable() {
					return nil
				}
				if k == nil {
					k = rt.Key()
				}
				if e == nil {
					e = rt.Elem()
				}
				return reflect.MapOf(k, e)
			}
			return nil
		}
		if t := names[rt]; t != nil {
			return interp.namedRType(t)
		}
		return nil
	}
	if rt == nil {
		return
	}
	if n := named(rt); n != nil {
		tf.Set(reflect.ValueOf(n))
		return
	}
	// gonotes patch (s9): the type of a field (Flat.Kind of type
	// main.Kind, not int), found from the error's struct and field path.
	sf, ff := e.Elem().FieldByName("Struct"), e.Elem().FieldByName("Field")
	if !sf.IsValid() || !ff.IsValid() || sf.Kind() != reflect.String || ff.Kind() != reflect.String || ff.String() == "" {
		return
	}
	// The root struct: the one of that name, or (Struct is the empty name
	// of the interpreter's reflect type) the only one with the path.
	var found reflect.Type
	for _, t := range names {
		if t == nil || sf.String() != "" && t.name != sf.String() {
			continue
		}
		ft := jsonFieldType(t, strings.Split(ff.String(), "."))
		if ft == nil || hasUnmarshalJSON(ft) {
			// gonotes patch (s15-noticedb): the error of a field with
			// UnmarshalJSON is the method's, of the type it names (Go:
			// "Reading.Temp of type int" for a Celsius decoding an int).
			continue
		}
		r := interp.crossRType(ft)
		if r == nil || r.Kind() != rt.Kind() || r.Size() != rt.Size() || found != nil && found != r {
			return
		}
		found = r
	}
	if found != nil {
		tf.Set(reflect.ValueOf(found))
	}
}

// hasUnmarshalJSON reports whether t or *t has an UnmarshalJSON method
// declared in the notebook. gonotes patch (s15-noticedb).
func hasUnmarshalJSON(t *itype) bool {
	if m, _ := t.lookupMethod("UnmarshalJSON"); m != nil {
		return true
	}
	m, _ := ptrOf(t).lookupMethod("UnmarshalJSON")
	return m != nil
}

// jsonFieldType returns the type of the field reached from the struct type
// t by the path of json names path (the Field of an UnmarshalTypeError:
// elements of slices, arrays, maps and pointers are passed through), or
// nil.
func jsonFieldType(t *itype, path []string) *itype {
	for _, name := range path {
		for t != nil && (t.cat == linkedT || t.cat == ptrT || t.cat == sliceT || t.cat == arrayT || t.cat == mapT) && t.val != nil && t.val != t {
			t = t.val
		}
		if t == nil || t.cat != structT {
			return nil
		}
		var next *itype
		for _, fl := range t.field {
			jn := fl.name
			if tag, ok := reflect.StructTag(fl.tag).Lookup("json"); ok {
				if n, _, _ := strings.Cut(tag, ","); n != "" {
					jn = n
				}
			}
			if jn == name {
				next = fl.typ
				break
			}
		}
		if next == nil {
			return nil
		}
		t = next
	}
	return t
}

// decodesStruct reports whether t, the type of a decoder's argument, is a
// pointer to a struct whose method set has the decoder's method (its own,
// or promoted from an embedded field): the decoder calls it for the whole
// value, which callBin gives as a pointer to the method's wrapper. The
// view of unmarshal.go (for the fields with such methods) was preferred
// when the struct also had such a field, and the struct's own
// UnmarshalJSON, or the one promoted from an embedded Loose, was never
// called.
func decodesStruct(t *itype, getMapType func(*itype) reflect.Type) bool {
	if t == nil || t.cat != ptrT || t.val == nil {
		return false
	}
	u := t.val
	for u.cat == linkedT && u.val != nil {
		u = u.val
	}
	return u.cat == structT && isDecodeIface(getMapType(t))
}

// viPointer returns the pointer a valueInterface v holds, if it holds a
// non-nil pointer: a decoder fills the value it points to, in place.
func viPointer(v reflect.Value) (reflect.Value, bool) {
	if v.Type() != valueInterfaceType || !v.CanInterface() {
		return reflect.Value{}, false
	}
	vi := v.Interface().(valueInterface)
	p := vi.value
	if vi.node == nil || !p.IsValid() || p.Kind() != reflect.Ptr || p.IsNil() || !p.CanInterface() {
		return reflect.Value{}, false
	}
	return p, true
}

// A json.MarshalerError names the type of the value whose MarshalJSON or
// MarshalText failed by its reflect type: for a notebook type, the
// interpreter's wrapper the encoder was given ("json: error calling
// MarshalJSON for type stdlib._encoding_json_Marshaler: locked", Go:
// main.Vault). The method of a wrapper made for an encoder (fmtconv.go)
// returns its error as a marshalTypedErr naming the notebook type (and,
// for MarshalJSON, reports invalid output as the encoder would, naming
// the type too); after the call, fixMarshalError sets the error's Type to
// the named runtime type of that type (rtname.go) and its Err back to the
// method's error. A wrapper of the call's argument itself (made by callBin)
// is named by the argument's static type.

// marshalTypedErr is the error of a notebook marshal method and its type.
type marshalTypedErr struct {
	err error
	t   *itype
}

func (e *marshalTypedErr) Error() string { return e.err.Error() }
func (e *marshalTypedErr) Unwrap() error { return e.err }

var marshalMethodType = reflect.TypeOf(func() ([]byte, error) { return nil, nil })

// typedMarshalMethod returns fn, the MarshalJSON or MarshalText func of a
// wrapper for an encoder, returning its errors as marshalTypedErr of t.
func typedMarshalMethod(fn reflect.Value, name string, t *itype) reflect.Value {
	if t == nil || fn.Type() != marshalMethodType || name != "MarshalJSON" && name != "MarshalText" || !fn.CanInterface() {
		return fn
	}
	g, ok := fn.Interface().(func() ([]byte, error))
	if !ok {
		return fn
	}
	isJSON := name == "MarshalJSON"
	return reflect.ValueOf(func() ([]byte, error) {
		b, err := g()
		if err != nil {
			return b, &marshalTypedErr{err, t}
		}
		if isJSON && !json.Valid(b) {
			var buf bytes.Buffer
			if cerr := json.Compact(&buf, b); cerr != nil {
				return nil, &marshalTypedErr{cerr, t}
			}
		}
		return b, nil
	})
}

// fixMarshalError returns errv (an error interface value, the result of
// an encoder) with the notebook types named (see marshalTypedErr); top is
// the static type of the argument given as a wrapper, or nil; arg that of
// the argument (gonotes patch, s14-misc2: for an UnsupportedTypeError).
func (interp *Interpreter) fixMarshalError(errv reflect.Value, top, arg *itype) reflect.Value {
	if !errv.IsValid() || errv.Kind() != reflect.Interface || errv.IsNil() {
		return errv
	}
	if fixed, ok := fixKeyTextError(errv.Elem().Interface().(error)); ok {
		return reflect.ValueOf(&fixed).Elem()
	}
	switch e := errv.Elem().Interface().(type) {
	case *marshalTypedErr:
		// An encoder returning the method's error as it is (xml).
		return reflect.ValueOf(&e.err).Elem()
	case *json.UnsupportedTypeError:
		// gonotes patch (s14-misc2): the type named as Go names it
		// (map[main.T]int, not map[struct { N int }]int).
		if u := itypeOfRType(arg, e.Type, map[*itype]bool{}); u != nil && e.Type != nil {
			if str := itypeString(u); str != e.Type.String() {
				e.Type = namedIfaceRType{Type: e.Type, str: str, name: u.name, pkg: u.path}
			}
		}
	case *json.MarshalerError:
		t := top
		if te, ok := e.Err.(*marshalTypedErr); ok {
			e.Err, t = te.err, te.t
		} else if e.Type == nil || e.Type.Kind() != reflect.Struct || !strings.HasPrefix(e.Type.Name(), "_") {
			t = nil
		}
		if t != nil {
			if rt := interp.namedRType(t); rt != nil {
				e.Type = rt
			}
		}
	}
	return errv
}

// fixKeyTextError returns the encoder's error err, made by a jsonKeyText
// key ("json: encoding error for type \"map[interp.jsonKeyText]int\":
// \"bad level 7<jsonKeySep>map[main.Level]int\""), with the notebook map
// type and the key's error as Go's encoder words them. gonotes patch.
func fixKeyTextError(err error) (error, bool) {
	const prefix = "json: encoding error for type "
	msg := err.Error()
	if !strings.HasPrefix(msg, prefix) || !strings.Contains(msg, "jsonKeyText") {
		return nil, false
	}
	_, rest, err2 := quotedPrefix(msg[len(prefix):])
	if err2 != nil || !strings.HasPrefix(rest, ": ") {
		return nil, false
	}
	text, _, err2 := quotedPrefix(rest[2:])
	if err2 != nil {
		return nil, false
	}
	keyErr, mapType, ok := strings.Cut(text, jsonKeySep)
	if !ok {
		return nil, false
	}
	return fmt.Errorf("json: encoding error for type %q: %q", mapType, keyErr), true
}

// quotedPrefix unquotes the Go string literal s begins with and returns
// it and the rest of s.
func quotedPrefix(s string) (string, string, error) {
	q, err := strconv.QuotedPrefix(s)
	if err != nil {
		return "", "", err
	}
	u, err := strconv.Unquote(q)
	return u, s[len(q):], err
}

// itypeOfRType returns the type reached from t (through pointers, slices,
// arrays, maps and struct fields) whose runtime type is rt, or nil.
// gonotes patch (s14-misc2).
func itypeOfRType(t *itype, rt reflect.Type, seen map[*itype]bool) *itype {
	if t == nil || rt == nil || seen[t] {
		return nil
	}
	seen[t] = true
	if t.cat != valueT && t.TypeOf() == rt {
		return t
	}
	switch t.cat {
	case ptrT, sliceT, arrayT, linkedT:
		return itypeOfRType(t.val, rt, seen)
	case mapT:
		if u := itypeOfRType(t.key, rt, seen); u != nil {
			return u
		}
		return itypeOfRType(t.val, rt, seen)
	case structT:
		for _, fl := range t.field {
			if u := itypeOfRType(fl.typ, rt, seen); u != nil {
				return u
			}
		}
	}
	return nil
}

// A map key that does not parse as its integer type is an
// *json.UnmarshalTypeError whose Value is "number " and the key (json:
// cannot unmarshal number x into Go value of type main.ID), with the
// key's reflect type, int64 for a notebook `type ID int64`. errKeyTypes
// maps the reflect types of the notebook's defined integer types that are
// map keys reachable from the arguments of a call to those types (nil for
// a reflect type two of them share), and fixKeyErrorType names them.
// gonotes patch (s15-noticedb).

// errKeyTypes returns the notebook defined integer types of map keys
// reachable from the types of args, by their reflect types, or nil.
func errKeyTypes(args []*node) map[reflect.Type]*itype {
	var keys map[reflect.Type]*itype
	seen := map[*itype]bool{}
	var walk func(t *itype)
	walk = func(t *itype) {
		if t == nil || seen[t] || t.incomplete {
			return
		}
		seen[t] = true
		switch t.cat {
		case ptrT, sliceT, arrayT, chanT, linkedT:
			walk(t.val)
		case mapT:
			if k := t.key; k != nil && k.name != "" && k.path != "" && !isInterfaceSrc(k) {
				if rt := k.TypeOf(); rt != nil && isIntKind(rt.Kind()) {
					if keys == nil {
						keys = map[reflect.Type]*itype{}
					}
					if o, ok := keys[rt]; ok && o != k {
						keys[rt] = nil
					} else {
						keys[rt] = k
					}
				}
			}
			walk(t.val)
		case structT:
			for _, fl := range t.field {
				walk(fl.typ)
			}
		}
	}
	for _, c := range args {
		walk(c.typ)
	}
	return keys
}

// isIntKind reports whether k is an integer kind.
func isIntKind(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

// fixKeyErrorType sets the Type of errv, the error of a decoder, when it
// is the error of a map key (see errKeyTypes) of a notebook type of keys.
func (interp *Interpreter) fixKeyErrorType(errv reflect.Value, keys map[reflect.Type]*itype) {
	if keys == nil || !errv.IsValid() || errv.Kind() != reflect.Interface || errv.IsNil() {
		return
	}
	e, ok := errv.Elem().Interface().(*json.UnmarshalTypeError)
	if !ok || e.Type == nil || !strings.HasPrefix(e.Value, "number ") {
		return
	}
	if t := keys[e.Type]; t != nil {
		if r := interp.namedRType(t); r != nil {
			e.Type = r
		}
	}
}
