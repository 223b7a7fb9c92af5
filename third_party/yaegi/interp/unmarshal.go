// gonotes patch: this file.

package interp

import (
	"reflect"
	"strings"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// A decoder (json.Unmarshal, xml.Unmarshal) looks for the Unmarshaler
// methods of the values it fills in their reflect types, where the methods
// of interpreted types are missing: a struct field of an interpreted type
// with UnmarshalJSON was decoded as its underlying type ("cannot unmarshal
// string into Go struct field .lvl of type int"). For the functions with
// mapTypes of Unmarshal methods, callBin gives the decoder a view of a
// pointer to a struct: a new struct whose fields with such a method hold,
// in an interface{}, a pointer to the wrapper of that method on the
// original field, and whose other fields hold copies of the original ones
// (nested structs with such fields are views too); after the call, these
// are copied back. The struct name of a json.UnmarshalTypeError (empty for
// an interpreted struct, whose reflect type has no name) is set from the
// interpreted types.

// unmarshalConvert returns a converter of a pointer of type t (the
// argument of a decoder) to its view and a func copying the view back, or
// nil if t has no field with a method of getMapType.
func unmarshalConvert(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type) func(*frame, reflect.Value) (reflect.Value, func()) {
	if t == nil || t.cat != ptrT || t.val == nil || t.val.cat != structT {
		return nil
	}
	sc := unmarshalStruct(interp, t.val, getMapType, map[*itype]bool{})
	if sc == nil {
		return nil
	}
	return func(f *frame, v reflect.Value) (reflect.Value, func()) {
		if v.Kind() != reflect.Ptr || v.IsNil() {
			return v, nil
		}
		view, back := sc(f, v.Elem())
		p := reflect.New(view.Type())
		p.Elem().Set(view)
		return p, func() { back(p.Elem()) }
	}
}

// unmarshalStruct returns a converter of an addressable struct value of
// type t to its view and a func copying a view back to it, or nil.
func unmarshalStruct(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type, seen map[*itype]bool) func(*frame, reflect.Value) (reflect.Value, func(reflect.Value)) {
	if seen[t] {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	type fieldConv struct {
		wrap   *node        // a node of the pointer type, for the wrapper of its method
		rt     reflect.Type // the interface of the method
		nested func(*frame, reflect.Value) (reflect.Value, func(reflect.Value))
	}
	convs := make([]fieldConv, len(t.field))
	some := false
	for i, fl := range t.field {
		if !canExport(fl.name) || fl.typ == nil || fl.typ.cat == valueT || isInterfaceSrc(fl.typ) {
			continue
		}
		pt := ptrOf(fl.typ)
		if rt := getMapType(pt); rt != nil {
			if m, _ := pt.lookupMethod(rt.Method(0).Name); m != nil {
				convs[i] = fieldConv{wrap: &node{interp: interp, typ: pt}, rt: rt}
				some = true
				continue
			}
		}
		if fl.typ.cat == structT {
			if nc := unmarshalStruct(interp, fl.typ, getMapType, seen); nc != nil {
				convs[i] = fieldConv{nested: nc}
				some = true
			}
		}
	}
	if !some {
		return nil
	}
	return func(f *frame, v reflect.Value) (reflect.Value, func(reflect.Value)) {
		if v.NumField() != len(convs) || !v.CanAddr() {
			return v, func(reflect.Value) {}
		}
		fields := make([]reflect.StructField, v.NumField())
		vals := make([]reflect.Value, v.NumField())
		backs := make([]func(reflect.Value), v.NumField())
		for i := range fields {
			sf := v.Type().Field(i)
			fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag, Anonymous: sf.Anonymous}
			fv := unsafe2.Exported(v.Field(i))
			switch c := convs[i]; {
			case c.wrap != nil:
				w := wrapValue(f, c.wrap, fv.Addr(), c.rt)
				if !w.IsValid() {
					vals[i] = fv
					continue
				}
				pw := reflect.New(w.Type())
				pw.Elem().Set(w)
				fields[i].Type = emptyInterfaceType
				fields[i].Anonymous = false
				vals[i] = pw
			case c.nested != nil:
				view, back := c.nested(f, fv)
				fields[i].Type = view.Type()
				vals[i] = view
				backs[i] = func(nv reflect.Value) { back(nv) }
			default:
				vals[i] = fv
			}
		}
		out := reflect.New(reflect.StructOf(fields)).Elem()
		for i, fv := range vals {
			unsafe2.Exported(out.Field(i)).Set(fv)
		}
		return out, func(view reflect.Value) {
			for i := range convs {
				switch {
				case convs[i].wrap != nil && fields[i].Type == emptyInterfaceType:
					// Decoded by the method, in place.
				case backs[i] != nil:
					backs[i](unsafe2.Exported(view.Field(i)))
				default:
					unsafe2.Exported(v.Field(i)).Set(unsafe2.Exported(view.Field(i)))
				}
			}
		}
	}
}

// fixUnmarshalTypeError sets the Struct field of a *json.UnmarshalTypeError
// err, empty for an interpreted struct, to the name of the interpreted
// struct type containing the field at its path Field, starting at t (the
// type of the decoder's argument).
func fixUnmarshalTypeError(err reflect.Value, t *itype) {
	if !err.IsValid() || err.Kind() != reflect.Interface || err.IsNil() {
		return
	}
	e := err.Elem()
	if e.Kind() != reflect.Ptr || e.IsNil() || e.Type().Elem().Name() != "UnmarshalTypeError" || e.Type().Elem().PkgPath() != "encoding/json" {
		return
	}
	s := e.Elem().FieldByName("Struct")
	fpath := e.Elem().FieldByName("Field")
	if !s.IsValid() || !fpath.IsValid() || s.String() != "" || fpath.String() == "" {
		return
	}
	var owner *itype
	for _, name := range strings.Split(fpath.String(), ".") {
		t = jsonElem(t)
		if t == nil || t.cat != structT {
			return
		}
		fl := jsonField(t, name)
		if fl == nil {
			return
		}
		owner, t = t, fl.typ
	}
	if owner != nil && owner.name != "" {
		s.SetString(owner.name)
	}
}

// jsonElem returns the type a decoder fills for a value of type t: the
// element of pointers, slices, arrays and maps.
func jsonElem(t *itype) *itype {
	for t != nil {
		switch t.cat {
		case ptrT, sliceT, arrayT, mapT:
			t = t.val
			continue
		}
		return t
	}
	return nil
}

// jsonField returns the field of the struct type t with the json name name
// (its tag's name, or its own name), or nil.
func jsonField(t *itype, name string) *structField {
	for i := range t.field {
		fl := &t.field[i]
		jn := fl.name
		if tag, ok := reflect.StructTag(fl.tag).Lookup("json"); ok {
			if n, _, _ := strings.Cut(tag, ","); n != "" {
				jn = n
			}
		}
		if jn == name {
			return fl
		}
	}
	return nil
}
