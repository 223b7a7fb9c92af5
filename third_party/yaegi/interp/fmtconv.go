// gonotes patch: this file.

package interp

import (
	"encoding/xml"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// fmt formats the elements of a slice, an array or a map from their reflect
// values, in which the methods of interpreted types are missing: a
// []Color whose Color has a String method printed its numbers. For the
// functions of fmt and log (those with mapTypes), callBin converts such an
// argument to a value where each element of an interpreted type with a
// method that fmt calls (Format, Error, String, GoString) is a fmtElem,
// which implements fmt.Formatter: a slice or array becomes a []interface{},
// a map a map with interface{} keys or elements.

// fmtElem is comparable (a map key) and orders as its value does (fmt sorts
// map keys).
type fmtElem struct {
	IValue interface{}
	h      *fmtWrap
}

// fmtWrap makes the interface wrapper of a value for its Format method.
type fmtWrap struct {
	f    *frame
	wrap func(*frame, reflect.Value) reflect.Value
}

// Format implements fmt.Formatter.
func (e fmtElem) Format(s fmt.State, verb rune) {
	v := reflect.ValueOf(e.IValue)
	if v.Kind() == reflect.Ptr && v.IsNil() {
		// fmt prints <nil> when a method panics on a nil pointer.
		defer func() {
			if r := recover(); r != nil {
				io.WriteString(s, "<nil>")
			}
		}()
	}
	e.h.wrap(e.h.f, v).Interface().(fmt.Formatter).Format(s, verb)
}

var interfaceSliceType = reflect.TypeOf([]interface{}{})

// fmtConvert returns a converter of the values of type t for fmt, or nil if
// fmt formats them as they are. getMapType gives the interface (and so the
// wrapper) of a type with fmt methods. With marshal, the converter is for
// an encoder (json.Marshal): an element with a method of the encoder is
// its interface wrapper itself, and a map key with MarshalText its text.
func fmtConvert(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type, elem, marshal bool) func(*frame, reflect.Value) reflect.Value {
	c := &fmtConverter{interp: interp, getMapType: getMapType, marshal: marshal}
	return c.conv(t, elem, false, map[*itype]bool{})
}

type fmtConverter struct {
	interp     *Interpreter
	getMapType func(*itype) reflect.Type
	marshal    bool
	// gonotes patch (s14-misc2): the struct types of definedStructOnly,
	// whose address has no methods either (the methods found by their
	// runtime type, the same as that of the type they are defined from,
	// are not theirs).
	methodless map[*itype]bool
}

func fmtConv(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type, elem bool, seen map[*itype]bool) func(*frame, reflect.Value) reflect.Value {
	c := &fmtConverter{interp: interp, getMapType: getMapType}
	return c.conv(t, elem, false, seen)
}

// conv is fmtConvert; seen holds the struct types being converted (a
// recursive type is left as it is). addr: the values converted are
// addressable in Go's terms (reached through a pointer, a slice, or a
// field or element of such a value), gonotes patch.
func (fc *fmtConverter) conv(t *itype, elem, addr bool, seen map[*itype]bool) func(*frame, reflect.Value) reflect.Value {
	interp, getMapType := fc.interp, fc.getMapType
	fmtConv := func(_ *Interpreter, t *itype, _ func(*itype) reflect.Type, elem, addr bool, seen map[*itype]bool) func(*frame, reflect.Value) reflect.Value {
		return fc.conv(t, elem, addr, seen)
	}
	if t == nil {
		return nil
	}
	if seen[t] {
		// gonotes patch (s9): a struct type met again inside itself
		// (Children []Tree) is converted as at the top, by a converter
		// made when a value needs it (the data is finite, the type's
		// converter would not be).
		if t.cat != structT {
			return nil
		}
		var (
			once sync.Once
			c    func(*frame, reflect.Value) reflect.Value
		)
		return func(f *frame, v reflect.Value) reflect.Value {
			once.Do(func() { c = fc.conv(t, elem, addr, map[*itype]bool{}) })
			if c == nil {
				return v
			}
			return c(f, v)
		}
	}
	if t.val == t && getMapType(t) == nil { // gonotes patch: type L []L has its runtime type (rtself.go)
		return nil
	}
	if fc.marshal && addr && !fc.methodless[t] { // gonotes patch
		if c := fc.addrConv(t); c != nil {
			return c
		}
	}
	if c := methodlessConv(t); c != nil { // gonotes patch
		return c
	}
	if fc.marshal {
		// gonotes patch (s14-misc2): a struct type defined from another
		// one (type plain Event, the plain of a MarshalJSON method) has
		// the fields of that one, whose methods an encoder calls, but
		// none of its methods (the lookup of methods found them).
		if u := fc.definedStructOnly(t); u != nil {
			return fc.conv(u, elem, addr, seen)
		}
		if t.cat == ptrT && t.val != nil {
			if u := fc.definedStructOnly(t.val); u != nil {
				sc := fc.conv(u, false, true, seen)
				if sc == nil {
					return nil
				}
				return func(f *frame, v reflect.Value) reflect.Value {
					if v.IsNil() {
						return v
					}
					e := sc(f, v.Elem())
					p := reflect.New(e.Type())
					p.Elem().Set(e)
					return p
				}
			}
		}
	}
	if fc.marshal && elem { // gonotes patch (s14-public9b)
		if c := fc.promotedMarshalConv(t, addr); c != nil {
			return c
		}
	}
	switch t.cat {
	case arrayT, sliceT, variadicT: // gonotes patch: variadicT, the ...any parameter of a func forwarding it (fmt.Sprintf(format, args...))
		if getMapType(t) != nil {
			break // gonotes patch: a slice or array type with a method fmt calls is wrapped as a whole
		}
		ec := fmtConv(interp, t.val, getMapType, true, t.cat == sliceT || t.cat == variadicT || addr, seen)
		if ec == nil {
			return nil
		}
		et := fc.ifaceElem(t.val) // gonotes patch (s13-ifacefield)
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.Kind() == reflect.Slice && v.IsNil() {
				if et != nil {
					return reflect.Zero(reflect.SliceOf(et)) // gonotes patch (s13-ifacefield): []main.Shape(nil)
				}
				return v
			}
			if et != nil {
				// gonotes patch (s13-ifacefield): a []Shape, [2]Shape
				// of a notebook interface type has that type's runtime
				// type for %#v ([]main.Shape{main.Sq{...}, main.Shape(nil)}).
				var out reflect.Value
				if v.Kind() == reflect.Array {
					out = reflect.New(reflect.ArrayOf(v.Len(), et)).Elem()
				} else {
					out = reflect.MakeSlice(reflect.SliceOf(et), v.Len(), v.Len())
				}
				if setIfaceElems(out.Len(), func(i int) reflect.Value { return ec(f, v.Index(i)) }, et, func(i int, e reflect.Value) { out.Index(i).Set(e) }) {
					return out
				}
			}
			out := reflect.MakeSlice(interfaceSliceType, v.Len(), v.Len())
			for i := 0; i < v.Len(); i++ {
				out.Index(i).Set(ec(f, v.Index(i)))
			}
			if v.Len() > 0 && !fc.marshal {
				// gonotes patch (s13-ifacefield): elements of a
				// notebook struct type converted alike (namedConv) are
				// a slice of that type ([]main.Pet{main.Pet{...}}).
				if e0 := out.Index(0).Elem(); e0.IsValid() && isNamedConv(e0.Type()) {
					same := true
					for i := 1; i < out.Len() && same; i++ {
						same = out.Index(i).Elem().IsValid() && out.Index(i).Elem().Type() == e0.Type()
					}
					if same {
						typed := reflect.MakeSlice(reflect.SliceOf(e0.Type()), out.Len(), out.Len())
						for i := 0; i < out.Len(); i++ {
							typed.Index(i).Set(out.Index(i).Elem())
						}
						return typed
					}
				}
			}
			return out
		}
	case mapT:
		if getMapType(t) != nil {
			break // gonotes patch: a map type with a method fmt calls is wrapped as a whole
		}
		kc := fmtConv(interp, t.key, getMapType, true, false, seen)
		vc := fmtConv(interp, t.val, getMapType, true, false, seen)
		// gonotes patch: an encoder uses the text of a key of a kind other
		// than string with MarshalText (a wrapper is no map key).
		textKeys, mapName := false, ""
		if fc.marshal && kc != nil {
			if rt := t.key.TypeOf(); rt == nil || rt.Kind() == reflect.String || isInterfaceSrc(t.key) || noTextKey(t.key, rt) {
				kc = nil
			} else {
				textKeys, mapName = true, gcTypeName(t)
			}
		}
		if kc == nil && vc == nil {
			return nil
		}
		var et reflect.Type // gonotes patch (s13-ifacefield)
		if !textKeys && kc == nil {
			et = fc.ifaceElem(t.val)
		}
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.IsNil() {
				if et != nil {
					return reflect.Zero(reflect.MapOf(v.Type().Key(), et)) // gonotes patch (s13-ifacefield)
				}
				return v
			}
			if et != nil {
				// gonotes patch (s13-ifacefield): a map[K]Shape has
				// the runtime type of Shape as its element type.
				keys := v.MapKeys()
				out := reflect.MakeMapWithSize(reflect.MapOf(v.Type().Key(), et), len(keys))
				if setIfaceElems(len(keys), func(i int) reflect.Value { return vc(f, v.MapIndex(keys[i])) }, et, func(i int, e reflect.Value) { out.SetMapIndex(keys[i], e) }) {
					return out
				}
			}
			kt, vt := v.Type().Key(), v.Type().Elem()
			if kc != nil {
				kt = emptyInterfaceType
			}
			if vc != nil {
				vt = emptyInterfaceType
			}
			if textKeys {
				kt = stringType
			}
			if textKeys {
				// gonotes patch: a key whose MarshalText fails makes the
				// encoder fail as Go's does (see jsonKeyText).
				var ks, es []reflect.Value
				failed := false
				for it := v.MapRange(); it.Next(); {
					k, err := marshalKeyErr(kc(f, it.Key()))
					if err != nil {
						k, failed = reflect.ValueOf(jsonKeyText{err: &jsonKeyErr{err: err, mapType: mapName}}), true
					}
					e := it.Value()
					if vc != nil {
						e = vc(f, e)
					}
					ks, es = append(ks, k), append(es, e)
				}
				if failed {
					kt = reflect.TypeOf(jsonKeyText{})
					for i, k := range ks {
						if k.Type() != kt {
							ks[i] = reflect.ValueOf(jsonKeyText{s: k.String()})
						}
					}
				}
				out := reflect.MakeMapWithSize(reflect.MapOf(kt, vt), len(ks))
				for i, k := range ks {
					out.SetMapIndex(k, es[i])
				}
				return out
			}
			out := reflect.MakeMapWithSize(reflect.MapOf(kt, vt), v.Len())
			for it := v.MapRange(); it.Next(); {
				k, e := it.Key(), it.Value()
				if kc != nil {
					k = kc(f, k)
				}
				if vc != nil {
					e = vc(f, e)
				}
				out.SetMapIndex(k, e)
			}
			return out
		}
	case ptrT:
		// fmt prints the struct a pointer points to at the top level only.
		// gonotes patch: an encoder converts any pointee, addressable.
		// gonotes patch (s14-misc2): a pointer to a pointer has no
		// methods (getMapType finds those of the pointer it points to):
		// an encoder goes to the pointee, whose methods it calls.
		ptrPtr := fc.marshal && t.val != nil && t.val.cat == ptrT
		if (elem && !fc.marshal) || t.val == nil || t.val.cat != structT && !fc.marshal || getMapType(t) != nil && !ptrPtr {
			break
		}
		// gonotes patch (s12): the pointee of a pointer to a notebook
		// interface type (P *Shape) is the value it holds, as an element
		// is (it was encoded as {}, the fields of a valueInterface).
		sc := fmtConv(interp, t.val, getMapType, fc.marshal && isInterfaceSrc(t.val) || ptrPtr, true, seen)
		if sc == nil {
			return nil
		}
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.IsNil() {
				return v
			}
			e := sc(f, v.Elem())
			p := reflect.New(e.Type())
			p.Elem().Set(e)
			return p
		}
	case structT:
		if getMapType(t) != nil {
			break
		}
		seen[t] = true
		defer delete(seen, t)
		// fmt calls the methods of exported fields only.
		convs := make([]func(*frame, reflect.Value) reflect.Value, len(t.field))
		zeroes := make([]func(*frame, reflect.Value) bool, len(t.field)) // gonotes patch: omitzero
		xmlEnc := fc.marshal && fc.xml()                                 // gonotes patch (s14-public9a): xml has no omitzero
		some := false
		promoted := make([]string, len(t.field)) // gonotes patch (s14-misc2): see embeddedUnexported
		for i, fl := range t.field {
			if fc.marshal && canExport(fl.name) {
				if zeroes[i] = isZeroMethod(fl, xmlEnc); zeroes[i] != nil {
					some = true
				}
			}
			if fc.marshal && !canExport(fl.name) {
				if promoted[i] = embeddedUnexported(t, i); promoted[i] != "" {
					convs[i], some = fmtConv(interp, fl.typ, getMapType, true, addr, seen), true
					continue
				}
			}
			if !canExport(fl.name) {
				if isInterfaceSrc(fl.typ) && !fc.marshal {
					// gonotes patch: fmt prints the value an unexported
					// field of an interface type holds (a valueInterface
					// keeps its type, dyntype.go), without its methods.
					convs[i], some = unwrapIfaceField, true
				}
				continue
			}
			if convs[i] = fmtConv(interp, fl.typ, getMapType, true, addr, seen); convs[i] != nil {
				some = true
			}
		}
		if !some {
			return nil
		}
		ifaceTypes := make([]reflect.Type, len(t.field)) // gonotes patch (s13-ifacefield)
		for i, fl := range t.field {
			ifaceTypes[i] = fc.ifaceElem(fl.typ)
		}
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.NumField() != len(convs) {
				return v
			}
			fields := make([]reflect.StructField, v.NumField())
			vals := make([]reflect.Value, v.NumField())
			for i := range fields {
				sf := v.Type().Field(i)
				fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag, Anonymous: sf.Anonymous}
				vals[i] = unsafe2.Exported(v.Field(i))
				if promoted[i] != "" {
					if convs[i] != nil {
						vals[i] = convs[i](f, vals[i])
					}
					if vt := vals[i].Type(); vt.NumMethod() == 0 && (vt.Kind() == reflect.Struct || vt.Kind() == reflect.Ptr && vt.Elem().Kind() == reflect.Struct) {
						fields[i] = reflect.StructField{Name: promoted[i], Type: vt, Tag: sf.Tag, Anonymous: true}
					} else {
						vals[i] = unsafe2.Exported(v.Field(i))
					}
					continue
				}
				if zeroes[i] != nil && zeroes[i](f, vals[i]) {
					// gonotes patch: omitzero with the type's IsZero.
					vals[i] = reflect.Value{}
					fields[i].Type = emptyInterfaceType
					fields[i].Anonymous = false
					continue
				}
				if zeroes[i] != nil && !sf.Anonymous && vals[i].IsZero() {
					// gonotes patch (s14-public9a): IsZero says not
					// zero, but the encoder, which cannot see the method,
					// would omit the zero value: it gets it in an
					// interface, not zero.
					if convs[i] != nil {
						vals[i] = convs[i](f, vals[i])
					}
					fields[i].Type = emptyInterfaceType
					continue
				}
				if convs[i] == nil {
					if !fc.marshal {
						// gonotes patch (s16-fuzz16): a field whose values
						// fmt gets as they are (an unexported one, one
						// without methods fmt calls) keeps the runtime type
						// of its defined type, as in the struct made with
						// no conversion: fmt names it in a bad verb's
						// message (%!d(main.Temp=3), not float64=3).
						if ft := interp.crossRType(t.field[i].typ); ft != nil && ft != sf.Type && (sf.Type.ConvertibleTo(ft) || sameLayout(ft, sf.Type)) {
							// gonotes patch (s19-public19): or of the same layout: a
							// []Level field ([]int: not convertible) printed []int{1}
							// in %#v where Go prints []main.Level{1}.
							fields[i].Type = ft
							vals[i] = reinterpret(vals[i], ft) // gonotes patch (s19-public19): was Convert
						}
					}
					continue
				}
				if fc.marshal && omitted(sf.Tag, vals[i], xmlEnc) {
					// gonotes patch: the nil interface is omitted too.
					vals[i] = reflect.Value{}
				} else {
					vals[i] = convs[i](f, vals[i])
				}
				if fc.marshal && sf.Anonymous && vals[i].IsValid() && (vals[i].Kind() == reflect.Struct && vals[i].Type().NumMethod() == 0 ||
					vals[i].Kind() == reflect.Ptr && vals[i].Type().Elem().Kind() == reflect.Struct && vals[i].Type().NumMethod() == 0) {
					// gonotes patch: an embedded struct stays embedded
					// (an encoder promotes its fields).
					fields[i].Type = vals[i].Type()
					continue
				}
				fields[i].Type = emptyInterfaceType
				fields[i].Anonymous = false
				if it := ifaceTypes[i]; it != nil && !sf.Anonymous {
					// gonotes patch (s13-ifacefield): a field of a
					// notebook interface type has its runtime type
					// for %#v (A:main.Shape(nil)).
					fv := vals[i]
					for fv.IsValid() && fv.Kind() == reflect.Interface && !fv.IsNil() {
						fv = fv.Elem()
					}
					if !fv.IsValid() || fv.Kind() == reflect.Interface || fv.Type().Implements(it) {
						fields[i].Type = it
						vals[i] = fv
						if fv.IsValid() && fv.Kind() == reflect.Interface {
							vals[i] = reflect.Value{}
						}
					}
				}
			}
			// reflect.StructOf caches its types.
			st := rtStructOf(fields) // gonotes patch (s17-embedcompiled): embedded fields of types with methods
			if named := fc.namedConv(t, st); named != nil {
				st = named // gonotes patch (s13-ifacefield)
			}
			out := reflect.New(st).Elem()
			for i, fv := range vals {
				if fv.IsValid() {
					unsafe2.Exported(out.Field(i)).Set(fv)
				}
			}
			return out
		}
	}
	if elem && isInterfaceSrc(t) {
		// An interface element holds a valueInterface (the value and its
		// type) when the type has methods: convert it as its type says.
		var ic func(f *frame, v reflect.Value) reflect.Value
		ic = func(f *frame, v reflect.Value) reflect.Value {
			if v.Kind() == reflect.Interface {
				v = v.Elem()
			}
			if !v.IsValid() || !v.CanInterface() {
				return reflect.New(emptyInterfaceType).Elem()
			}
			vi, ok := v.Interface().(valueInterface)
			if dk, isKey := v.Interface().(dynMapKey); isKey {
				// gonotes patch: a key of a map[any]T (dyntype.go).
				vi, ok = valueInterface{dk.t.node, reflect.ValueOf(dk.v)}, true
			}
			if !ok {
				// gonotes patch: the elements of a []any or map[K]any
				// held by an interface.
				switch v.Kind() {
				case reflect.Slice, reflect.Array:
					if v.Type().Elem() != emptyInterfaceType || v.Kind() == reflect.Slice && v.IsNil() {
						return v
					}
					out := reflect.MakeSlice(interfaceSliceType, v.Len(), v.Len())
					for i := 0; i < v.Len(); i++ {
						out.Index(i).Set(ic(f, v.Index(i)))
					}
					return out
				case reflect.Map:
					if v.Type().Elem() != emptyInterfaceType || v.IsNil() {
						return v
					}
					out := reflect.MakeMapWithSize(v.Type(), v.Len())
					for it := v.MapRange(); it.Next(); {
						out.SetMapIndex(it.Key(), ic(f, it.Value()))
					}
					return out
				}
				return v
			}
			if vi.node == nil || !vi.value.IsValid() {
				return reflect.New(emptyInterfaceType).Elem()
			}
			if !fc.marshal { // gonotes patch: as its named runtime type (fmtnamed.go)
				if nv := fmtNamedVI(vi, getMapType); nv.IsValid() {
					return nv
				}
			}
			cv := valueInterfaceValue(vi.value)
			if c := fmtConv(interp, vi.node.typ, getMapType, true, false, map[*itype]bool{}); c != nil {
				return c(f, cv)
			}
			return cv
		}
		return ic
	}
	if !elem || isInterfaceSrc(t) || t.cat == valueT {
		return nil
	}
	rt := getMapType(t)
	if rt == nil {
		return nil
	}
	h := fc.wrapper(t, rt, t)
	if h == nil {
		return nil
	}
	if fc.marshal {
		// gonotes patch: an encoder calls the methods of the wrapper.
		if !inMethodSet(t, rt) {
			return nil
		}
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.Kind() == reflect.Ptr && v.IsNil() {
				return v // encoded as null, as Go does
			}
			return h(f, v)
		}
	}
	return func(f *frame, v reflect.Value) reflect.Value {
		if !v.CanInterface() {
			return v
		}
		// gonotes patch (s12): an element of a type with a named runtime
		// type (fmtnamed.go) is given as such a value: fmt calls its
		// methods and names its type in a bad verb's message
		// (%!d(main.Name=k), it printed %!d(string=k)).
		if v.Type() == t.TypeOf() && fmtNamedCandidateOf(interp, t, getMapType) {
			if r := interp.fmtNamedRType(t, getMapType); r != nil {
				return reinterpret(v, r)
			}
		}
		return reflect.ValueOf(fmtElem{v.Interface(), &fmtWrap{f, h}})
	}
}

// wrapper returns the function making the interface wrapper rt of a value
// of type t, or nil. For an encoder, report is the type a
// json.MarshalerError names (jsonfix.go typedMarshalMethod).
func (fc *fmtConverter) wrapper(t *itype, rt reflect.Type, report *itype) func(*frame, reflect.Value) reflect.Value {
	interp := fc.interp
	n := &node{interp: interp, typ: t}
	wrap := getWrapper(n, rt)
	if wrap == nil {
		return nil
	}
	mn := wrap.NumField() - 1
	methods := make([]*node, mn)
	indexes := make([][]int, mn)
	for i := 0; i < mn; i++ {
		if methods[i], indexes[i] = t.lookupMethod(wrap.Field(i + 1).Name[1:]); methods[i] == nil {
			return nil // a method of an embedded compiled type
		}
	}
	return func(f *frame, v reflect.Value) reflect.Value {
		w := reflect.New(wrap).Elem()
		w.Field(0).Set(v)
		for i, m := range methods {
			nod := *m
			nod.recv = &receiver{nil, v, indexes[i], true} // gonotes patch: late
			fn := genFunctionWrapper(&nod)(f)
			if fc.marshal { // s8 jsongen
				fn = typedMarshalMethod(fn, m.ident, report)
			}
			w.Field(i + 1).Set(fn)
		}
		interp.noteWrapper(w, n) // gonotes patch: rtiface.go
		return w
	}
}

// addrConv returns the encoder converter of an addressable value of type
// t (a field of a struct reached through a pointer, an element of a
// slice) when the method set of *t has an interface of the encoder that
// the method set of t has not (a MarshalJSON with a pointer receiver):
// Go's encoders call the methods of the value's address then. The value
// becomes the wrapper of its address. gonotes patch.
func (fc *fmtConverter) addrConv(t *itype) func(*frame, reflect.Value) reflect.Value {
	if t.cat == ptrT || t.cat == valueT || t.cat == errorT || isInterfaceSrc(t) {
		return nil
	}
	pt := ptrOf(t)
	prt := fc.getMapType(pt)
	if prt == nil || prt == fc.getMapType(t) {
		return nil
	}
	h := fc.wrapper(pt, prt, t)
	if h == nil {
		return nil
	}
	return func(f *frame, v reflect.Value) reflect.Value {
		if !v.CanAddr() {
			p := reflect.New(v.Type())
			p.Elem().Set(v)
			return h(f, p)
		}
		return h(f, v.Addr())
	}
}

var stringType = reflect.TypeOf("")

// unwrapIfaceField converts the value of an unexported struct field of an
// interpreted interface type for fmt: the value held. (gonotes patch)
func unwrapIfaceField(f *frame, v reflect.Value) reflect.Value {
	v = binEmptyValue(v)
	if !v.IsValid() || v.Kind() == reflect.Interface && v.IsNil() {
		return reflect.New(emptyInterfaceType).Elem()
	}
	return v
}

// marshalKey returns the text of a map key wrapped for an encoder (see
// fmtConvert), or the key itself if it has no MarshalText method.
func marshalKeyErr(k reflect.Value) (reflect.Value, error) {
	if k.CanInterface() {
		if m, ok := k.Interface().(interface{ MarshalText() ([]byte, error) }); ok {
			b, err := m.MarshalText()
			if err != nil {
				return k, err
			}
			return reflect.ValueOf(string(b)), nil
		}
	}
	return k, nil
}

// noTextKey reports whether a map key of type t (runtime type rt) can be
// no key of an encoder's map: neither a string nor an integer, without a
// MarshalText method of its own (so not through an embedded field). The
// map is then given as it is, and the encoder fails as Go's does ("json:
// unsupported type: map[main.Vault]int"), even when empty. gonotes patch
// (s15-noticedb).
func noTextKey(t *itype, rt reflect.Type) bool {
	switch rt.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return false
	}
	for _, f := range t.field {
		if f.embed {
			return false
		}
	}
	m, _ := t.lookupMethod("MarshalText")
	return m == nil || ptrRecvMethod(m) && t.cat != ptrT
}

// jsonKeyText is the key of a map given to an encoder in place of a
// notebook key type with MarshalText when a key's MarshalText failed: its
// own MarshalText returns that error, which makes the encoder fail as Go's
// does ("json: encoding error for type %q: %q", naming the map type);
// fixMarshalError names the notebook map type in that message (the
// error's text carries it, see jsonKeyErr). The other keys are their
// text. gonotes patch.
type jsonKeyText struct {
	s   string
	err error
}

// MarshalText returns the key's text or its error.
func (k jsonKeyText) MarshalText() ([]byte, error) {
	if k.err != nil {
		return nil, k.err
	}
	return []byte(k.s), nil
}

// jsonKeyErr is the error of a key's MarshalText and the notebook type of
// its map; its text ends with jsonKeySep and that type's name.
type jsonKeyErr struct {
	err     error
	mapType string
}

const jsonKeySep = "\x00gonotes map type:"

func (e *jsonKeyErr) Error() string { return e.err.Error() + jsonKeySep + e.mapType }

// omitted reports whether an encoder omits the field value v with tag:
// options omitempty (and an empty value, as encoding/json defines it) or
// omitzero (and a zero value).
// methodlessConv returns, for an interpreted defined type whose
// underlying type is a compiled named type of a basic kind (type Timeout
// time.Duration), a converter of its values to the predeclared type of
// that kind; or nil. The reflect type of such a type is the compiled one,
// so fmt called the compiled type's methods, which a defined type does not
// have: Timeout(5*time.Second) printed 5s, not 5000000000. A type with
// methods of its own is left to the wrappers (gonotes patch).
func methodlessConv(t *itype) func(*frame, reflect.Value) reflect.Value {
	if t.name == "" || t.path == "" || t.cat != linkedT || t.val == nil || t.val.cat != valueT || len(t.method) > 0 {
		return nil
	}
	rt := t.TypeOf()
	if rt == nil || rt.Name() == "" || rt.PkgPath() == "" || rt.NumMethod() == 0 || (rt.Name() == t.name && rt.PkgPath() == t.path) {
		return nil
	}
	bt := basicKindTypes[rt.Kind()]
	if bt == nil {
		return nil
	}
	return func(_ *frame, v reflect.Value) reflect.Value {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
		if !v.IsValid() || v.Type() != rt {
			return v
		}
		return v.Convert(bt)
	}
}

// promotedMarshalConv returns, for an encoder, the converter of the values
// of a struct type t without methods of its own whose method set has a
// method named Marshal... promoted from an embedded compiled type (type
// Stamp struct{ time.Time; Note string } has time.Time's MarshalJSON, type
// Amount struct{ big.Int } has (*big.Int).MarshalJSON in the set of
// *Amount), or of a pointer to one: a value of its named runtime type,
// which has the promoted methods. As a field, an element or a map value it
// was given as the interpreter's struct, without methods, and encoded
// field by field ({"Time":...,"Note":...} where Go gives the time). A
// method of the pointer's set only is used, as Go's encoder does, where
// the value is addressable (addr: reached through a pointer or a slice)
// or through a pointer: the value is then given as a pointer to a copy of
// the named type. Nil if t is not such a type. gonotes patch
// (s14-public9b).
func (fc *fmtConverter) promotedMarshalConv(t *itype, addr bool) func(*frame, reflect.Value) reflect.Value {
	if t.cat == ptrT && t.name == "" && t.val != nil {
		// *Stamp, *Amount: a pointer to a value of the named runtime type.
		ec := fc.promotedMarshalConv(t.val, true)
		if ec == nil {
			return nil
		}
		return func(f *frame, v reflect.Value) reflect.Value {
			if !v.IsValid() || v.Kind() != reflect.Ptr || v.IsNil() {
				return v
			}
			e := ec(f, v.Elem())
			if e.Kind() == reflect.Ptr && e.Type() != v.Type() {
				return e // already a pointer to the named copy
			}
			p := reflect.New(e.Type())
			p.Elem().Set(e)
			return p
		}
	}
	if t.cat != structT || t.name == "" || len(t.method) > 0 {
		return nil
	}
	ms, ok := promotedMethods(t)
	if !ok {
		return nil
	}
	byValue, byPtr := false, false
	for _, m := range ms {
		if !m.binRcv || !strings.HasPrefix(m.name, "Marshal") {
			continue
		}
		if m.ptr {
			byPtr = true
		} else {
			byValue = true
		}
	}
	if !byValue && !(byPtr && addr) {
		return nil
	}
	r := fc.interp.namedRType(t)
	if r == nil {
		return nil
	}
	interp, rt := fc.interp, t.TypeOf()
	return func(_ *frame, v reflect.Value) reflect.Value {
		if !v.IsValid() || v.Type() != rt {
			return v
		}
		nv := interp.toNamed(t, v)
		if byValue || nv.Type() != r {
			return nv
		}
		p := reflect.New(r)
		p.Elem().Set(nv)
		return p
	}
}

var basicKindTypes = map[reflect.Kind]reflect.Type{
	reflect.Bool: reflect.TypeOf(false), reflect.String: reflect.TypeOf(""),
	reflect.Int: reflect.TypeOf(0), reflect.Int8: reflect.TypeOf(int8(0)), reflect.Int16: reflect.TypeOf(int16(0)),
	reflect.Int32: reflect.TypeOf(int32(0)), reflect.Int64: reflect.TypeOf(int64(0)),
	reflect.Uint: reflect.TypeOf(uint(0)), reflect.Uint8: reflect.TypeOf(uint8(0)), reflect.Uint16: reflect.TypeOf(uint16(0)),
	reflect.Uint32: reflect.TypeOf(uint32(0)), reflect.Uint64: reflect.TypeOf(uint64(0)), reflect.Uintptr: reflect.TypeOf(uintptr(0)),
	reflect.Float32: reflect.TypeOf(float32(0)), reflect.Float64: reflect.TypeOf(float64(0)),
	reflect.Complex64: reflect.TypeOf(complex64(0)), reflect.Complex128: reflect.TypeOf(complex128(0)),
}

// isZeroMethod returns, for a field with the omitzero option whose type
// has an interpreted method IsZero() bool (in its value's method set), a
// func calling it on a value of the field; or nil. An encoder omits such a
// field when the method says it is zero, and cannot see the method
// (gonotes patch).
func isZeroMethod(fl structField, xmlEnc bool) func(*frame, reflect.Value) bool {
	if fl.typ == nil || isInterfaceSrc(fl.typ) || fl.typ.cat == valueT || !hasOmitZero(reflect.StructTag(fl.tag), xmlEnc) {
		return nil
	}
	if fl.typ.methods()["IsZero"] != "func() bool" || !inMethodSet(fl.typ, isZeroerType) {
		return nil
	}
	m, index := fl.typ.lookupMethod("IsZero")
	if m == nil {
		return nil
	}
	return func(f *frame, v reflect.Value) bool {
		nod := *m
		nod.recv = &receiver{nil, v, index, true}
		out := genFunctionWrapper(&nod)(f).Call(nil)
		return len(out) == 1 && out[0].Kind() == reflect.Bool && out[0].Bool()
	}
}

var isZeroerType = reflect.TypeOf((*interface{ IsZero() bool })(nil)).Elem()

// hasOmitZero reports whether the json tag has the omitzero option, for an
// encoder other than encoding/xml's (xmlEnc), which has no such option
// (gonotes patch s14-public9a: the xml tag's option was obeyed).
func hasOmitZero(tag reflect.StructTag, xmlEnc bool) bool {
	if xmlEnc {
		return false
	}
	if t, ok := tag.Lookup("json"); ok {
		if i := strings.IndexByte(t, ','); i >= 0 {
			return strings.Contains(t[i:]+",", ",omitzero,")
		}
	}
	return false
}

// xml reports whether the converter's values go to encoding/xml's
// encoder, whose values are xml.Marshalers (gonotes patch s14-public9a).
func (fc *fmtConverter) xml() bool {
	if fc.getMapType == nil {
		return false
	}
	rt := fc.getMapType(&itype{cat: valueT, rtype: reflect.TypeOf(xmlProbe{})})
	return rt != nil && rt.NumMethod() == 1 && rt.Method(0).Name == "MarshalXML"
}

// xmlProbe is a compiled type that is an xml.Marshaler only (see
// fmtConverter.xml).
type xmlProbe struct{}

// MarshalXML implements xml.Marshaler.
func (xmlProbe) MarshalXML(*xml.Encoder, xml.StartElement) error { return nil }

func omitted(tag reflect.StructTag, v reflect.Value, xmlEnc bool) bool {
	var opts string
	for _, key := range []string{"json", "xml"} {
		if t, ok := tag.Lookup(key); ok {
			if i := strings.IndexByte(t, ','); i >= 0 {
				opts = t[i:] + ","
			}
			break
		}
	}
	if strings.Contains(opts, ",omitzero,") && !xmlEnc && v.IsZero() {
		return true
	}
	if !strings.Contains(opts, ",omitempty,") {
		return false
	}
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Ptr:
		return v.IsZero()
	}
	return false
}

// The conversion of the arguments of a function with mapTypes (see
// fmtConvert).
const (
	convNone    = iota // none: an Unmarshal or Scan function writes through its arguments
	convFmt            // fmtElem elements (fmt, log)
	convMarshal        // wrappers (json.Marshal, xml.Marshal)
)

// mapTypesConv returns the conversion of the arguments of a function whose
// mapTypes are lr: fmt's if lr has fmt.Formatter, none if one of lr has a
// method whose name starts with Unmarshal or Scan, wrappers otherwise.
func mapTypesConv(lr []reflect.Type) int {
	mode := convMarshal
	for _, rt := range lr {
		if rt == formatterType {
			return convFmt
		}
		for i := 0; i < rt.NumMethod(); i++ {
			if name := rt.Method(i).Name; strings.HasPrefix(name, "Unmarshal") || name == "Scan" {
				mode = convNone
			}
		}
	}
	return mode
}

var formatterType = reflect.TypeOf((*fmt.Formatter)(nil)).Elem()

// methodMapTypes returns the mapTypes of the method of a compiled type
// called by c0 (a selector), whose key in mapTypes is the method
// expression ((*json.Encoder).Encode): they are found by their code
// addresses.
func (interp *Interpreter) methodMapTypes(c0 *node) ([]reflect.Type, bool) {
	if c0.kind != selectorExpr || len(c0.child) < 2 || c0.child[0].typ == nil || c0.child[0].typ.cat != valueT {
		return nil, false
	}
	if _, ok := c0.val.(int); !ok {
		return nil, false
	}
	rt := c0.child[0].typ.rtype
	if rt == nil || rt.Kind() == reflect.Interface {
		return nil, false
	}
	interp.mapTypesPCMu.Lock()
	if interp.mapTypesPC == nil || interp.mapTypesPCLen != len(interp.mapTypes) {
		interp.mapTypesPC = map[uintptr][]reflect.Type{}
		for k, v := range interp.mapTypes {
			if k.IsValid() && k.Kind() == reflect.Func && !k.IsNil() {
				interp.mapTypesPC[k.Pointer()] = v
			}
		}
		interp.mapTypesPCLen = len(interp.mapTypes)
	}
	index := interp.mapTypesPC
	interp.mapTypesPCMu.Unlock()
	name := c0.child[1].ident
	for _, t := range []reflect.Type{rt, reflect.PointerTo(rt)} {
		if m, ok := t.MethodByName(name); ok && m.Func.IsValid() {
			if lr, ok := index[m.Func.Pointer()]; ok {
				return lr, true
			}
		}
	}
	return nil, false
}

// ifaceElem returns the runtime interface type of t, an element type
// declared in the notebook as an interface type with methods
// (rtifacetype.go), for fmt (not an encoder), or nil. gonotes patch
// (s13-ifacefield).
func (fc *fmtConverter) ifaceElem(t *itype) reflect.Type {
	if fc.marshal || fc.interp == nil || t == nil || !isInterfaceSrc(t) || isEmptyInterface(t) {
		return nil
	}
	return fc.interp.ifaceRType(t)
}

// setIfaceElems sets the n converted elements elem(i) in a container of
// elements of the interface type et (set), and reports whether each was
// nil or of a type implementing et (else the container is not used).
// gonotes patch (s13-ifacefield).
func setIfaceElems(n int, elem func(int) reflect.Value, et reflect.Type, set func(int, reflect.Value)) bool {
	vals := make([]reflect.Value, n)
	for i := range vals {
		e := elem(i)
		for e.IsValid() && e.Kind() == reflect.Interface {
			if e.IsNil() {
				e = reflect.Value{}
				break
			}
			e = e.Elem()
		}
		if e.IsValid() && !e.Type().Implements(et) {
			return false
		}
		vals[i] = e
	}
	for i, e := range vals {
		if !e.IsValid() {
			e = reflect.Zero(et)
		}
		set(i, e)
	}
	return true
}

// namedConvs holds the named copies made by namedConv, by struct type
// and name.
var namedConvs sync.Map

type namedConvKey struct {
	st  reflect.Type
	str string
}

// namedConv returns a named copy (rtname.go) of st, the struct type a
// value of the notebook's defined struct type t is converted to for fmt,
// with t's name, or nil: %#v of an element ([]Pet, a field of type Pet)
// prints main.Pet, not the struct's fields. gonotes patch (s13-ifacefield).
func (fc *fmtConverter) namedConv(t *itype, st reflect.Type) reflect.Type {
	if fc.marshal || t == nil || t.name == "" || t.path == "" || !plainName(t.name) || !namedTypesWork() {
		return nil
	}
	str := itypeString(t)
	k := namedConvKey{st, str}
	if r, ok := namedConvs.Load(k); ok {
		return r.(reflect.Type)
	}
	r := makeNamedRType(st, str, t.path)
	if r == nil {
		return nil
	}
	r2, _ := namedConvs.LoadOrStore(k, r)
	namedConvTypes.Store(r2, true)
	return r2.(reflect.Type)
}

// namedConvTypes holds the types made by namedConv.
var namedConvTypes sync.Map

// isNamedConv reports whether rt was made by namedConv.
func isNamedConv(rt reflect.Type) bool {
	_, ok := namedConvTypes.Load(rt)
	return ok
}

// embeddedUnexported returns the exported name under which the encoder's
// view of a struct of type t embeds its field i, an embedded field of an
// unexported struct type (or pointer to one), or "". gonotes patch
// (s14-misc2): reflect.StructOf cannot embed a field of an unexported name
// (type.go makes it a plain unexported field), so an encoder ignored it,
// where Go's encoders promote the exported fields of such a struct (the
// common `type plain T; json.Marshal(struct{ *plain; Extra int }{...})` of
// a MarshalJSON method). The view embeds it under an exported name, which
// an encoder does not use (unless a tag names the field, as in Go).
func embeddedUnexported(t *itype, i int) string {
	fl := t.field[i]
	if !fl.embed || fl.typ == nil || fl.name == "" || fl.name == "_" {
		return ""
	}
	rt := fl.typ.TypeOf()
	if rt != nil && rt.Kind() == reflect.Ptr {
		rt = rt.Elem()
	}
	if rt == nil || rt.Kind() != reflect.Struct {
		return ""
	}
	name := strings.ToUpper(fl.name[:1]) + fl.name[1:]
	if !canExport(name) {
		return ""
	}
	for _, other := range t.field {
		if other.name == name {
			return ""
		}
	}
	return name
}

// definedStructOnly returns, for t a struct type defined from another
// defined struct type without methods of its own nor embedded fields,
// its struct type without the other type's methods, or nil. gonotes patch
// (s14-misc2).
func (fc *fmtConverter) definedStructOnly(t *itype) *itype {
	if t == nil || t.cat != linkedT || len(t.method) > 0 || t.val == nil || t.val.cat != structT {
		return nil
	}
	for _, fl := range t.val.field {
		if fl.embed {
			return nil
		}
	}
	u := *t.val
	u.method = nil
	if fc.methodless == nil {
		fc.methodless = map[*itype]bool{}
	}
	fc.methodless[&u] = true
	return &u
}
