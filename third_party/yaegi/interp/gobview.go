// gonotes patch (s12): this file.

package interp

import (
	"reflect"
	"sync"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// encoding/gob of a value holding values of notebook interface types in
// its fields, elements or map values (struct{ Shapes []Shape; Main Shape
// }): such a value is, to reflect, the interpreter's struct valueInterface,
// and gob failed ("gob: type interp.valueInterface has no exported
// fields"). Encode is given a view of the value whose type has `any` in
// place of valueInterface (structs made again with reflect.StructOf), each
// holding the value as a value of its named runtime type (what gob.Register
// of a notebook type registers); Decode decodes into such a view made from
// the variable, then copies it back, each `any` becoming the interpreter's
// value of its dynamic type.

var gobViewTypes sync.Map // reflect.Type -> reflect.Type (itself if no view)

// gobViewType returns the view type of t, and whether it differs from t.
func gobViewType(t reflect.Type) (reflect.Type, bool) {
	if v, ok := gobViewTypes.Load(t); ok {
		vt := v.(reflect.Type)
		return vt, vt != t
	}
	vt, changed := gobView(t, map[reflect.Type]bool{}, 0)
	if !changed {
		vt = t
	}
	gobViewTypes.Store(t, vt)
	return vt, changed
}

func gobView(t reflect.Type, seen map[reflect.Type]bool, depth int) (reflect.Type, bool) {
	if t == valueInterfaceType {
		return emptyInterfaceType, true
	}
	if depth > 16 || seen[t] {
		return t, false
	}
	switch t.Kind() {
	case reflect.Ptr:
		if e, ok := gobView(t.Elem(), seen, depth+1); ok {
			return reflect.PointerTo(e), true
		}
	case reflect.Slice:
		if e, ok := gobView(t.Elem(), seen, depth+1); ok {
			return reflect.SliceOf(e), true
		}
	case reflect.Array:
		if e, ok := gobView(t.Elem(), seen, depth+1); ok {
			return reflect.ArrayOf(t.Len(), e), true
		}
	case reflect.Map:
		if _, ok := gobView(t.Key(), seen, depth+1); ok {
			return t, false
		}
		if e, ok := gobView(t.Elem(), seen, depth+1); ok {
			return reflect.MapOf(t.Key(), e), true
		}
	case reflect.Struct:
		seen[t] = true
		defer delete(seen, t)
		fields := make([]reflect.StructField, t.NumField())
		changed := false
		for i := range fields {
			sf := t.Field(i)
			fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag, Anonymous: sf.Anonymous}
			if ft, ok := gobView(sf.Type, seen, depth+1); ok {
				fields[i].Type, changed = ft, true
			}
		}
		if !changed {
			return t, false
		}
		for i := range fields {
			if fields[i].Anonymous && (fields[i].PkgPath != "" || fields[i].Type.NumMethod() > 0 || fields[i].Type != t.Field(i).Type) {
				fields[i].Anonymous = false
			}
		}
		return rtStructOf(fields), true // gonotes patch (s17-embedcompiled): embedded fields of types with methods
	}
	return t, false
}

// gobToView returns v as a value of the view type vt.
func (interp *Interpreter) gobToView(v reflect.Value, vt reflect.Type) reflect.Value {
	if !v.IsValid() {
		return reflect.Zero(vt)
	}
	if v.Type() == vt {
		return v
	}
	switch {
	case v.Type() == valueInterfaceType:
		return interp.crossVIData(v, 16)
	case v.Kind() == reflect.Ptr:
		if v.IsNil() {
			return reflect.Zero(vt)
		}
		p := reflect.New(vt.Elem())
		p.Elem().Set(interp.gobToView(v.Elem(), vt.Elem()))
		return p
	case v.Kind() == reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(vt)
		}
		out := reflect.MakeSlice(vt, v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(interp.gobToView(v.Index(i), vt.Elem()))
		}
		return out
	case v.Kind() == reflect.Array:
		out := reflect.New(vt).Elem()
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(interp.gobToView(v.Index(i), vt.Elem()))
		}
		return out
	case v.Kind() == reflect.Map:
		if v.IsNil() {
			return reflect.Zero(vt)
		}
		out := reflect.MakeMapWithSize(vt, v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), interp.gobToView(it.Value(), vt.Elem()))
		}
		return out
	case v.Kind() == reflect.Struct:
		out := reflect.New(vt).Elem()
		for i := 0; i < v.NumField(); i++ {
			unsafe2.Exported(out.Field(i)).Set(interp.gobToView(unsafe2.Exported(v.Field(i)), vt.Field(i).Type))
		}
		return out
	}
	return v
}

// gobFromView sets dst (settable) from view, a value of its view type.
func (interp *Interpreter) gobFromView(view, dst reflect.Value) {
	if view.Type() == dst.Type() {
		dst.Set(view)
		return
	}
	switch {
	case dst.Type() == valueInterfaceType:
		dst.Set(interp.uncrossIfaceArg(view, 1))
	case dst.Kind() == reflect.Ptr:
		if view.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		interp.gobFromView(view.Elem(), dst.Elem())
	case dst.Kind() == reflect.Slice:
		if view.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return
		}
		out := reflect.MakeSlice(dst.Type(), view.Len(), view.Len())
		for i := 0; i < view.Len(); i++ {
			interp.gobFromView(view.Index(i), out.Index(i))
		}
		dst.Set(out)
	case dst.Kind() == reflect.Array:
		for i := 0; i < view.Len(); i++ {
			interp.gobFromView(view.Index(i), dst.Index(i))
		}
	case dst.Kind() == reflect.Map:
		if view.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return
		}
		out := reflect.MakeMapWithSize(dst.Type(), view.Len())
		for it := view.MapRange(); it.Next(); {
			e := reflect.New(dst.Type().Elem()).Elem()
			interp.gobFromView(it.Value(), e)
			out.SetMapIndex(it.Key(), e)
		}
		dst.Set(out)
	case dst.Kind() == reflect.Struct:
		for i := 0; i < dst.NumField(); i++ {
			interp.gobFromView(unsafe2.Exported(view.Field(i)), unsafe2.Exported(dst.Field(i)))
		}
	}
}

// gobViewHook returns the hook of enc.Encode(x) or dec.Decode(p) (see
// gobIfaceHook) when the type of x, or of *p, has a view, or nil.
func (interp *Interpreter) gobViewHook(encode bool, at *itype) func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
	if at == nil || isInterface(at) {
		return nil
	}
	rt := at.TypeOf()
	if rt == nil {
		return nil
	}
	if !encode && rt.Kind() != reflect.Ptr {
		return nil
	}
	if _, ok := gobViewType(rt); !ok {
		return nil
	}
	return func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
		if len(in) != 1 {
			return call(v, in)
		}
		x := in[0]
		if x.Kind() == reflect.Interface {
			x = x.Elem()
		}
		if !x.IsValid() {
			return call(v, in)
		}
		vt, ok := gobViewType(x.Type())
		if !ok {
			return call(v, in)
		}
		if encode {
			return call(v, []reflect.Value{interp.gobToView(x, vt)})
		}
		if x.Kind() != reflect.Ptr || x.IsNil() {
			return call(v, in)
		}
		view := reflect.New(vt.Elem())
		view.Elem().Set(interp.gobToView(x.Elem(), vt.Elem()))
		out := call(v, []reflect.Value{view})
		if len(out) == 1 && out[0].IsNil() {
			interp.gobFromView(view.Elem(), x.Elem())
		}
		return out
	}
}
