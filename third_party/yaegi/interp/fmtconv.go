// gonotes patch: this file.

package interp

import (
	"fmt"
	"io"
	"reflect"

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
// wrapper) of a type with fmt methods.
func fmtConvert(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type, elem bool) func(*frame, reflect.Value) reflect.Value {
	return fmtConv(interp, t, getMapType, elem, map[*itype]bool{})
}

// fmtConv is fmtConvert; seen holds the struct types being converted (a
// recursive type is left as it is).
func fmtConv(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type, elem bool, seen map[*itype]bool) func(*frame, reflect.Value) reflect.Value {
	if t == nil || seen[t] {
		return nil
	}
	switch t.cat {
	case arrayT, sliceT:
		ec := fmtConv(interp, t.val, getMapType, true, seen)
		if ec == nil {
			return nil
		}
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.Kind() == reflect.Slice && v.IsNil() {
				return v
			}
			out := reflect.MakeSlice(interfaceSliceType, v.Len(), v.Len())
			for i := 0; i < v.Len(); i++ {
				out.Index(i).Set(ec(f, v.Index(i)))
			}
			return out
		}
	case mapT:
		kc := fmtConv(interp, t.key, getMapType, true, seen)
		vc := fmtConv(interp, t.val, getMapType, true, seen)
		if kc == nil && vc == nil {
			return nil
		}
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.IsNil() {
				return v
			}
			kt, vt := v.Type().Key(), v.Type().Elem()
			if kc != nil {
				kt = emptyInterfaceType
			}
			if vc != nil {
				vt = emptyInterfaceType
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
		if elem || t.val == nil || t.val.cat != structT || getMapType(t) != nil {
			break
		}
		sc := fmtConv(interp, t.val, getMapType, false, seen)
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
		some := false
		for i, fl := range t.field {
			if !canExport(fl.name) {
				continue
			}
			if convs[i] = fmtConv(interp, fl.typ, getMapType, true, seen); convs[i] != nil {
				some = true
			}
		}
		if !some {
			return nil
		}
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.NumField() != len(convs) {
				return v
			}
			fields := make([]reflect.StructField, v.NumField())
			for i := range fields {
				sf := v.Type().Field(i)
				fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag, Anonymous: sf.Anonymous}
				if convs[i] != nil {
					fields[i].Type = emptyInterfaceType
					fields[i].Anonymous = false
				}
			}
			// reflect.StructOf caches its types.
			out := reflect.New(reflect.StructOf(fields)).Elem()
			for i, c := range convs {
				fv := unsafe2.Exported(v.Field(i))
				if c != nil {
					fv = c(f, fv)
				}
				unsafe2.Exported(out.Field(i)).Set(fv)
			}
			return out
		}
	}
	if elem && isInterfaceSrc(t) {
		// An interface element holds a valueInterface (the value and its
		// type) when the type has methods: convert it as its type says.
		return func(f *frame, v reflect.Value) reflect.Value {
			if v.Kind() == reflect.Interface {
				v = v.Elem()
			}
			if !v.IsValid() || !v.CanInterface() {
				return reflect.New(emptyInterfaceType).Elem()
			}
			vi, ok := v.Interface().(valueInterface)
			if !ok {
				return v
			}
			if vi.node == nil || !vi.value.IsValid() {
				return reflect.New(emptyInterfaceType).Elem()
			}
			cv := valueInterfaceValue(vi.value)
			if c := fmtConv(interp, vi.node.typ, getMapType, true, map[*itype]bool{}); c != nil {
				return c(f, cv)
			}
			return cv
		}
	}
	if !elem || isInterfaceSrc(t) || t.cat == valueT {
		return nil
	}
	rt := getMapType(t)
	if rt == nil {
		return nil
	}
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
	h := func(f *frame, v reflect.Value) reflect.Value {
		w := reflect.New(wrap).Elem()
		w.Field(0).Set(v)
		for i, m := range methods {
			nod := *m
			nod.recv = &receiver{nil, v, indexes[i]}
			w.Field(i + 1).Set(genFunctionWrapper(&nod)(f))
		}
		return w
	}
	return func(f *frame, v reflect.Value) reflect.Value {
		if !v.CanInterface() {
			return v
		}
		return reflect.ValueOf(fmtElem{v.Interface(), &fmtWrap{f, h}})
	}
}
